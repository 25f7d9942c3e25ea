import type { SourceCode, StageCode } from './codes';
import type { Origin } from './sample-places';

export interface KeyTaskSpec {
  stt: string;
  name: string;
  leadAgency: string;
  coordinatingAgencies: string;
  period: string;
  output: string;
  group: string;
}

const SO = 'Sở Giáo dục và Đào tạo';

// The Decision's appendix of key tasks could not be confirmed, so these are the province's own, as the app expects.
export const sampleKeyTasks: readonly KeyTaskSpec[] = [
  { stt: '1', name: 'Xây dựng, vận hành nền tảng quản trị số và cơ sở dữ liệu GDNN của tỉnh, kết nối nền tảng số GDNN quốc gia', leadAgency: SO, coordinatingAgencies: 'Sở Khoa học và Công nghệ; các cơ sở GDNN', period: '2022–2027', output: 'Cơ sở dữ liệu GDNN tỉnh vận hành, kết nối nền tảng quốc gia', group: 'II.3' },
  { stt: '2', name: 'Phát triển kho học liệu số dùng chung và hệ thống học tập trực tuyến', leadAgency: SO, coordinatingAgencies: 'Các trường cao đẳng, trung cấp', period: '2023–2029', output: 'Kho học liệu số với tối thiểu 1.500 học liệu', group: 'II.3' },
  { stt: '3', name: 'Bồi dưỡng năng lực số, kỹ năng phát triển học liệu số cho nhà giáo, cán bộ quản lý', leadAgency: SO, coordinatingAgencies: 'Trường Đại học Sư phạm Kỹ thuật Sông Lam', period: '2022–2030', output: '100% nhà giáo, CBQL được bồi dưỡng năng lực số đến 2030', group: 'II.4' },
  { stt: '4', name: 'Đầu tư phòng học, xưởng thực hành thông minh, mô phỏng tại các trường trọng điểm', leadAgency: SO, coordinatingAgencies: 'Sở Tài chính; các trường cao đẳng', period: '2021–2030', output: 'Mỗi trường trọng điểm có ít nhất 1 xưởng thực hành số', group: 'II.3' },
  { stt: '5', name: 'Đổi mới chương trình đào tạo tích hợp năng lực số; cập nhật chương trình ngành CNTT, công nghệ số', leadAgency: SO, coordinatingAgencies: 'Các cơ sở GDNN; doanh nghiệp', period: '2023–2028', output: 'Chuẩn đầu ra các chương trình tích hợp năng lực số', group: 'II.2' },
  { stt: '6', name: 'Số hóa quá trình, kết quả học tập, văn bằng, chứng chỉ của người học', leadAgency: SO, coordinatingAgencies: 'Các cơ sở GDNN công lập', period: '2023–2026', output: 'Hồ sơ người học, văn bằng được số hóa và kết nối dữ liệu', group: 'II.3' },
  { stt: '7', name: 'Huy động nguồn lực xã hội hóa và hợp tác doanh nghiệp trong chuyển đổi số GDNN', leadAgency: SO, coordinatingAgencies: 'Sở Tài chính; Hiệp hội doanh nghiệp tỉnh', period: '2022–2030', output: 'Các dự án hợp tác công - tư về đào tạo số', group: 'II.5' },
  { stt: '8', name: 'Hợp tác quốc tế về chuyển đổi số trong giáo dục nghề nghiệp', leadAgency: SO, coordinatingAgencies: 'Sở Ngoại vụ; Sở Tài chính', period: '2023–2030', output: 'Dự án ODA, chương trình liên kết đào tạo quốc tế', group: 'II.6' },
  { stt: '9', name: 'Ban hành cơ chế, chính sách hỗ trợ chuyển đổi số GDNN của tỉnh', leadAgency: SO, coordinatingAgencies: 'Sở Tư pháp; Sở Tài chính', period: '2025–2028', output: 'Nghị quyết của HĐND tỉnh về chính sách hỗ trợ', group: 'II.1' },
];

export interface ProjectSpec {
  name: string;
  investor: string;
  location: string;
  origin: Origin;
  stage: StageCode;
  start: number;
  end: number;
  /** Total investment in triệu đồng, the unit plan tables use. */
  totalMillion: number;
  /** Shares of the total by capital source, in percent. */
  sources: Partial<Record<SourceCode, number>>;
  group: string;
  tasks: readonly string[];
  construction?: boolean;
  /** Share of the total that the annual plans allocate; below 1 is a funding gap the planner must close. */
  coverage?: number;
  /** When a suspended or cancelled project stopped. */
  haltedOn?: string;
  haltReason?: string;
  /** A stage recorded without its decision, to show the "legal basis missing" warning. */
  missingBasis?: StageCode;
  outputs: string;
  notes?: string;
}

const SGD = 'Sở Giáo dục và Đào tạo tỉnh Sông Lam';
const CD_KTCN = 'Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam';
const GAP_NOTE = 'Kế hoạch vốn giao chưa đủ tổng mức đầu tư; đề nghị bổ sung từ nguồn NSTW hỗ trợ có mục tiêu.';

// 26 projects across every lifecycle stage, 2021–2030, from 2.1 to 79.5 billion đồng (all group C under the
// 2024 law), a few with ODA or socialised (XHH) capital, three with annual allocations short of their total.
export const sampleProjects: readonly ProjectSpec[] = [
  { name: 'Nâng cấp hạ tầng mạng và trung tâm dữ liệu Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam', investor: CD_KTCN, location: 'Phường Lam Thành', origin: 'LG', stage: 'SETTLED', start: 2021, end: 2023, totalMillion: 14_800, sources: { NSDP: 60, NSTW: 40 }, group: 'II.3', tasks: ['4'], outputs: 'Mạng LAN, Wi-Fi toàn trường; phòng máy chủ đạt chuẩn TIA-942 mức 2' },
  { name: 'Phần mềm quản lý đào tạo dùng chung cho các trường trung cấp tỉnh Lam Giang', investor: 'Sở Lao động - Thương binh và Xã hội tỉnh Lam Giang', location: 'Toàn tỉnh Lam Giang', origin: 'LG', stage: 'SETTLED', start: 2021, end: 2022, totalMillion: 4_200, sources: { NSDP: 100 }, group: 'II.3', tasks: ['1'], outputs: 'Phần mềm quản lý đào tạo triển khai tại 4 trường trung cấp' },
  { name: 'Bồi dưỡng năng lực số cho nhà giáo, cán bộ quản lý GDNN tỉnh Hà Sơn giai đoạn 2022–2024', investor: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Sơn', location: 'Toàn tỉnh Hà Sơn', origin: 'HS', stage: 'SETTLED', start: 2022, end: 2024, totalMillion: 3_600, sources: { NSDP: 80, SN: 20 }, group: 'II.4', tasks: ['3'], missingBasis: 'SETTLED', outputs: '620 lượt nhà giáo, CBQL được bồi dưỡng' },

  { name: 'Phòng học thực hành ảo ngành cơ khí, điện - điện tử Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam', investor: CD_KTCN, location: 'Phường Lam Thành', origin: 'LG', stage: 'COMPLETED', start: 2022, end: 2025, totalMillion: 22_500, sources: { NSTW: 50, NSDP: 40, SN: 10 }, group: 'II.3', tasks: ['4'], outputs: '3 phòng thực hành mô phỏng, 90 máy trạm' },
  { name: 'Hệ thống học tập trực tuyến (LMS) và kho học liệu số dùng chung', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'COMPLETED', start: 2023, end: 2025, totalMillion: 9_800, sources: { NSDP: 100 }, group: 'II.3', tasks: ['2'], outputs: 'LMS dùng chung, 1.150 học liệu số' },
  { name: 'Số hóa hồ sơ người học, văn bằng, chứng chỉ tại các cơ sở GDNN công lập', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'COMPLETED', start: 2023, end: 2025, totalMillion: 6_500, sources: { NSDP: 70, SN: 30 }, group: 'II.3', tasks: ['6'], outputs: '182.000 hồ sơ người học, 96.000 văn bằng được số hóa' },
  { name: 'Trang thiết bị đào tạo số ngành Điều dưỡng Trường Cao đẳng Y tế Sông Lam', investor: 'Trường Cao đẳng Y tế Sông Lam', location: 'Phường Bắc Sơn', origin: 'LG', stage: 'COMPLETED', start: 2022, end: 2024, totalMillion: 12_000, sources: { NSDP: 80, XHH: 20 }, group: 'II.3', tasks: ['4'], outputs: 'Phòng mô phỏng lâm sàng, 24 mô hình thực hành có cảm biến' },

  { name: 'Trung tâm dữ liệu và nền tảng quản trị số GDNN tỉnh Sông Lam', investor: SGD, location: 'Phường Lam Thành', origin: 'LG', stage: 'IMPLEMENTING', start: 2024, end: 2027, totalMillion: 48_000, sources: { NSTW: 40, NSDP: 60 }, group: 'II.3', tasks: ['1'], coverage: 0.7, outputs: 'Trung tâm dữ liệu, cơ sở dữ liệu GDNN, kết nối nền tảng số quốc gia', notes: GAP_NOTE },
  { name: 'Đào tạo nghề chất lượng cao theo chuẩn Hàn Quốc, ứng dụng công nghệ số (vốn vay ODA Hàn Quốc)', investor: CD_KTCN, location: 'Phường Lam Thành', origin: 'LG', stage: 'IMPLEMENTING', start: 2023, end: 2028, totalMillion: 78_500, sources: { ODA: 80, NSDP: 20 }, group: 'II.6', tasks: ['8', '4'], construction: true, outputs: 'Xưởng thực hành chuẩn Hàn Quốc cho 4 nghề; 40 nhà giáo được đào tạo tại Hàn Quốc', notes: 'Vốn đối ứng NSĐP bố trí theo hiệp định vay.' },
  { name: 'Xưởng thực hành thông minh ngành Du lịch - Nhà hàng - Khách sạn', investor: 'Trường Cao đẳng Du lịch và Thương mại Hà Sơn', location: 'Phường Cẩm Bình', origin: 'HS', stage: 'IMPLEMENTING', start: 2024, end: 2026, totalMillion: 18_600, sources: { NSTW: 70, SN: 30 }, group: 'II.3', tasks: ['4'], outputs: 'Khách sạn thực hành ảo, phần mềm quản lý lễ tân - buồng' },
  { name: 'Nâng cấp hạ tầng CNTT và kết nối nền tảng số GDNN quốc gia cho 10 trung tâm GDNN-GDTX', investor: SGD, location: '10 xã, phường', origin: 'LG', stage: 'IMPLEMENTING', start: 2025, end: 2027, totalMillion: 15_300, sources: { NSDP: 100 }, group: 'II.3', tasks: ['1'], coverage: 0.6, outputs: 'Đường truyền, phòng máy, phần mềm kết nối tại 10 trung tâm', notes: GAP_NOTE },
  { name: 'Phát triển học liệu số các nghề trọng điểm (điện công nghiệp, công nghệ ô tô, hàn, may)', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'IMPLEMENTING', start: 2024, end: 2026, totalMillion: 7_900, sources: { NSDP: 60, XHH: 40 }, group: 'II.2', tasks: ['2', '5'], missingBasis: 'IMPLEMENTING', outputs: '320 học liệu số, 12 mô phỏng 3D' },
  { name: 'Bồi dưỡng năng lực số và kỹ năng phát triển học liệu số cho nhà giáo GDNN giai đoạn 2025–2027', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'IMPLEMENTING', start: 2025, end: 2027, totalMillion: 5_400, sources: { NSDP: 100 }, group: 'II.4', tasks: ['3'], outputs: '1.200 lượt nhà giáo được bồi dưỡng' },
  { name: 'Khu thực hành công nghệ cao ngành Nông nghiệp số - Trường Cao đẳng Nông nghiệp và PTNT Lam Giang', investor: 'Trường Cao đẳng Nông nghiệp và Phát triển nông thôn Lam Giang', location: 'Xã Yên Hòa', origin: 'LG', stage: 'IMPLEMENTING', start: 2025, end: 2030, totalMillion: 64_000, sources: { NSTW: 60, NSDP: 30, XHH: 10 }, group: 'II.3', tasks: ['4', '7'], construction: true, outputs: 'Nhà kính thông minh, hệ thống IoT, phòng điều khiển trung tâm' },

  { name: 'Hệ thống đánh giá kỹ năng nghề trực tuyến và ngân hàng đề thi số', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'INVESTMENT_DECISION', start: 2026, end: 2028, totalMillion: 11_200, sources: { NSDP: 100 }, group: 'II.2', tasks: ['5'], coverage: 0.55, outputs: 'Ngân hàng 8.000 câu hỏi, phần mềm thi trực tuyến', notes: GAP_NOTE },
  { name: 'Phòng học thông minh cho hai trường trung học nghề', investor: SGD, location: 'Xã Thanh Tân, Xã Trà Giang', origin: 'LG', stage: 'INVESTMENT_DECISION', start: 2026, end: 2027, totalMillion: 9_600, sources: { NSTW: 50, NSDP: 50 }, group: 'II.3', tasks: ['4'], outputs: '8 phòng học thông minh' },
  { name: 'Bản đồ số mạng lưới cơ sở GDNN tỉnh Sông Lam', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'INVESTMENT_DECISION', start: 2026, end: 2027, totalMillion: 3_200, sources: { NSDP: 100 }, group: 'II.3', tasks: ['1'], outputs: 'Bản đồ số tích hợp cơ sở dữ liệu GDNN' },

  { name: 'Nhà xưởng thực hành công nghiệp 4.0 (robot, IoT, PLC) Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam', investor: CD_KTCN, location: 'Phường Lam Thành', origin: 'LG', stage: 'POLICY_APPROVED', start: 2027, end: 2030, totalMillion: 79_500, sources: { NSTW: 50, NSDP: 50 }, group: 'II.3', tasks: ['4'], construction: true, outputs: 'Nhà xưởng 2.400 m², 6 dây chuyền thực hành' },
  { name: 'Nền tảng hướng nghiệp và kết nối việc làm số cho người học GDNN', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'POLICY_APPROVED', start: 2026, end: 2028, totalMillion: 6_800, sources: { NSDP: 70, XHH: 30 }, group: 'II.5', tasks: ['7'], outputs: 'Cổng hướng nghiệp, sàn việc làm trực tuyến' },
  { name: 'Thiết bị hỗ trợ học tập số cho người khuyết tật tại Trung tâm GDNN Người khuyết tật', investor: 'Trung tâm Giáo dục nghề nghiệp Người khuyết tật Sông Lam', location: 'Phường Nam Giang', origin: 'LG', stage: 'POLICY_APPROVED', start: 2027, end: 2028, totalMillion: 2_900, sources: { NSDP: 60, KHAC: 40 }, group: 'II.3', tasks: ['2'], outputs: 'Thiết bị đọc màn hình, phần mềm phiên dịch ngôn ngữ ký hiệu', notes: 'Nguồn khác: viện trợ phi chính phủ nước ngoài.' },

  { name: 'Hợp tác quốc tế đào tạo kỹ thuật viên bán dẫn theo chuẩn Nhật Bản', investor: CD_KTCN, location: 'Phường Lam Thành', origin: 'LG', stage: 'PROPOSED', start: 2027, end: 2030, totalMillion: 56_000, sources: { ODA: 70, NSDP: 20, XHH: 10 }, group: 'II.6', tasks: ['8'], outputs: 'Chương trình đào tạo liên kết, phòng sạch thực hành' },
  { name: 'Trung tâm học liệu số và studio sản xuất bài giảng e-learning dùng chung', investor: SGD, location: 'Phường Lam Thành', origin: 'LG', stage: 'PROPOSED', start: 2027, end: 2029, totalMillion: 12_400, sources: { NSDP: 100 }, group: 'II.3', tasks: ['2'], outputs: '2 studio, 300 bài giảng e-learning mỗi năm' },
  { name: 'Đề án cơ chế, chính sách hỗ trợ chuyển đổi số GDNN tỉnh Sông Lam', investor: SGD, location: 'Toàn tỉnh', origin: 'LG', stage: 'PROPOSED', start: 2027, end: 2028, totalMillion: 2_100, sources: { NSDP: 100 }, group: 'II.1', tasks: ['9'], outputs: 'Nghị quyết HĐND tỉnh về chính sách hỗ trợ' },

  { name: 'Hệ thống camera giám sát thi và phòng thi trực tuyến các trường trung cấp', investor: 'Sở Lao động - Thương binh và Xã hội tỉnh Hà Sơn', location: 'Toàn tỉnh Hà Sơn', origin: 'HS', stage: 'SUSPENDED', start: 2023, end: 2026, totalMillion: 8_700, sources: { NSDP: 100 }, group: 'II.3', tasks: ['6'], haltedOn: '2024-09-16', haltReason: 'Tạm dừng để rà soát sau sắp xếp mạng lưới trường trung cấp.', outputs: 'Camera giám sát, phần mềm thi trực tuyến' },
  { name: 'Ký túc xá thông minh Trường Trung cấp Nghề Hà Sơn', investor: 'Trường Trung cấp Nghề Hà Sơn', location: 'Phường Cẩm Bình', origin: 'HS', stage: 'SUSPENDED', start: 2022, end: 2025, totalMillion: 26_000, sources: { NSDP: 70, XHH: 30 }, group: 'II.5', tasks: ['7'], construction: true, haltedOn: '2024-07-22', haltReason: 'Tạm dừng do chủ đầu tư sáp nhập vào Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam.', outputs: 'Ký túc xá 300 chỗ ở, hệ thống quản lý ra vào' },

  { name: 'Mua sắm máy chủ riêng cho từng trung tâm GDNN-GDTX cấp huyện', investor: 'Sở Lao động - Thương binh và Xã hội tỉnh Lam Giang', location: 'Các huyện tỉnh Lam Giang', origin: 'LG', stage: 'CANCELLED', start: 2023, end: 2024, totalMillion: 4_500, sources: { NSDP: 100 }, group: 'II.3', tasks: ['1'], haltedOn: '2023-10-09', haltReason: 'Hủy bỏ, thay bằng trung tâm dữ liệu GDNN dùng chung của tỉnh.', outputs: 'Máy chủ tại 6 trung tâm' },
];
