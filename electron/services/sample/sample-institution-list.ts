import type { OwnershipCode, TypeCode } from './codes';
import type { Origin } from './sample-places';




/** Who governed an institution over time; expanded into dated institution_governance rows. */
export type GovernanceKind =
  | { kind: 'province' }
  | { kind: 'vet-department' }
  | { kind: 'district'; district: string }
  | { kind: 'fixed'; periods: readonly { body: string; from: string; to?: string }[] }
  | { kind: 'none' };

export interface InstitutionSpec {
  key: string;
  type: TypeCode;
  ownership: OwnershipCode;
  name: string;
  commune: string;
  founded: number;
  origin: Origin;
  governance: GovernanceKind;
  ended?: { status: 'merged' | 'dissolved'; on: string; successor?: string };
  /** No 2026 assessment yet: the institution has not started its return. */
  late2026?: boolean;
  notes?: string;
}

const none: GovernanceKind = { kind: 'none' };
const province: GovernanceKind = { kind: 'province' };
const vet: GovernanceKind = { kind: 'vet-department' };
const district = (name: string): GovernanceKind => ({ kind: 'district', district: name });

// 40 institutions of a merged province: public colleges and schools of both predecessors, the former district
// VET–continuing-education centres (moved to the Sở from 01/07/2025), private and foreign-invested providers,
// and enterprises registered for VET. Two merged and one dissolved keep their history.
export const sampleInstitutions: readonly InstitutionSpec[] = [
  { key: 'cd-ktcn', type: 'CD', ownership: 'CONG_LAP', name: 'Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam', commune: 'Phường Lam Thành', founded: 1968, origin: 'LG', governance: province },
  { key: 'cd-yte', type: 'CD', ownership: 'CONG_LAP', name: 'Trường Cao đẳng Y tế Sông Lam', commune: 'Phường Bắc Sơn', founded: 1960, origin: 'LG', governance: province },
  {
    key: 'cd-dltm', type: 'CD', ownership: 'CONG_LAP', name: 'Trường Cao đẳng Du lịch và Thương mại Hà Sơn', commune: 'Phường Cẩm Bình', founded: 1976, origin: 'HS',
    governance: { kind: 'fixed', periods: [{ body: 'Bộ Công Thương', from: '1976-01-01' }] },
  },
  {
    key: 'cd-nn', type: 'CD', ownership: 'CONG_LAP', name: 'Trường Cao đẳng Nông nghiệp và Phát triển nông thôn Lam Giang', commune: 'Xã Yên Hòa', founded: 1965, origin: 'LG',
    governance: {
      kind: 'fixed',
      periods: [
        { body: 'Bộ Nông nghiệp và Phát triển nông thôn', from: '1995-11-01', to: '2025-02-28' },
        { body: 'Bộ Nông nghiệp và Môi trường', from: '2025-03-01' },
      ],
    },
  },
  { key: 'cd-bachviet', type: 'CD', ownership: 'TU_THUC', name: 'Trường Cao đẳng Công nghệ Bách Việt Sông Lam', commune: 'Phường Nam Giang', founded: 2009, origin: 'LG', governance: none },

  { key: 'tc-ktkt', type: 'TC', ownership: 'CONG_LAP', name: 'Trường Trung cấp Kinh tế - Kỹ thuật Lam Giang', commune: 'Phường Cửa Lam', founded: 1978, origin: 'LG', governance: vet },
  {
    key: 'tc-nghe-hs', type: 'TC', ownership: 'CONG_LAP', name: 'Trường Trung cấp Nghề Hà Sơn', commune: 'Phường Cẩm Bình', founded: 1982, origin: 'HS', governance: vet,
    ended: { status: 'merged', on: '2024-08-01', successor: 'cd-ktcn' },
    notes: 'Sáp nhập vào Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam theo phương án sắp xếp mạng lưới (Quyết định 73/QĐ-TTg).',
  },
  { key: 'tc-dtnt', type: 'TC', ownership: 'CONG_LAP', name: 'Trường Trung cấp Nghề Dân tộc nội trú Sơn Hà', commune: 'Xã Sơn Hà', founded: 2006, origin: 'HS', governance: vet },
  {
    key: 'tc-gtvt', type: 'TC', ownership: 'CONG_LAP', name: 'Trường Trung cấp Giao thông Vận tải Sông Lam', commune: 'Phường Bắc Sơn', founded: 1972, origin: 'LG',
    governance: {
      kind: 'fixed',
      periods: [
        { body: 'Sở Giao thông vận tải tỉnh Lam Giang', from: '2005-01-01', to: '2025-02-28' },
        { body: 'Sở Xây dựng tỉnh Lam Giang', from: '2025-03-01', to: '2025-06-30' },
        { body: 'Sở Xây dựng tỉnh Sông Lam', from: '2025-07-01' },
      ],
    },
  },
  { key: 'tc-hongphat', type: 'TC', ownership: 'TU_THUC', name: 'Trường Trung cấp Kỹ thuật - Nghiệp vụ Hồng Phát', commune: 'Phường Nam Giang', founded: 2012, origin: 'LG', governance: none },
  { key: 'tc-phudien', type: 'TC', ownership: 'TU_THUC', name: 'Trường Trung cấp Công nghệ và Du lịch Phú Điền', commune: 'Xã Phú Điền', founded: 2015, origin: 'HS', governance: none },
  { key: 'tc-vietkor', type: 'TC', ownership: 'FDI', name: 'Trường Trung cấp Kỹ thuật Việt - Hàn Sông Lam', commune: 'Phường Cửa Lam', founded: 2018, origin: 'LG', governance: none },

  {
    key: 'thn-thanhtan', type: 'THN', ownership: 'CONG_LAP', name: 'Trường Trung học nghề Kỹ thuật Thanh Tân', commune: 'Xã Thanh Tân', founded: 2011, origin: 'LG', governance: district('huyện Thanh Tân'),
    notes: 'Chuyển đổi từ Trung tâm GDNN huyện Thanh Tân theo Luật Giáo dục nghề nghiệp 2025 (hiệu lực 01/01/2026).',
  },
  {
    key: 'thn-tragiang', type: 'THN', ownership: 'CONG_LAP', name: 'Trường Trung học nghề Nông - Lâm Trà Giang', commune: 'Xã Trà Giang', founded: 2004, origin: 'HS', governance: vet,
    notes: 'Chuyển đổi từ Trường Trung cấp Nghề Trà Giang từ năm học 2026.',
  },

  {
    key: 'tt-phunu', type: 'TTGDNN', ownership: 'CONG_LAP', name: 'Trung tâm Giáo dục nghề nghiệp và Hỗ trợ phụ nữ Sông Lam', commune: 'Phường Lam Thành', founded: 2003, origin: 'LG',
    governance: {
      kind: 'fixed',
      periods: [
        { body: 'Hội Liên hiệp Phụ nữ tỉnh Lam Giang', from: '2003-01-01', to: '2025-06-30' },
        { body: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sông Lam', from: '2025-07-01' },
      ],
    },
  },
  { key: 'tt-nkt', type: 'TTGDNN', ownership: 'CONG_LAP', name: 'Trung tâm Giáo dục nghề nghiệp Người khuyết tật Sông Lam', commune: 'Phường Nam Giang', founded: 2008, origin: 'LG', governance: vet },
  {
    key: 'tt-laixe', type: 'TTGDNN', ownership: 'TU_THUC', name: 'Trung tâm Giáo dục nghề nghiệp Lái xe Hưng Phát', commune: 'Phường Cẩm Bình', founded: 2010, origin: 'HS', governance: none,
    ended: { status: 'dissolved', on: '2024-03-15' },
    notes: 'Giải thể theo đề nghị của chủ sở hữu; hồ sơ người học chuyển về Trường Trung cấp Nghề Hà Sơn.',
  },
  { key: 'tt-thanhcong', type: 'TTGDNN', ownership: 'TU_THUC', name: 'Trung tâm Giáo dục nghề nghiệp Thành Công', commune: 'Phường Lam Thành', founded: 2014, origin: 'LG', governance: none },
  { key: 'tt-anhduong', type: 'TTGDNN', ownership: 'TU_THUC', name: 'Trung tâm Giáo dục nghề nghiệp Kỹ năng Ánh Dương', commune: 'Xã Lạc Xuân', founded: 2017, origin: 'HS', governance: none },
  { key: 'tt-sakura', type: 'TTGDNN', ownership: 'FDI', name: 'Trung tâm Giáo dục nghề nghiệp Sakura Sông Lam', commune: 'Phường Cửa Lam', founded: 2019, origin: 'LG', governance: none },

  { key: 'gdtx-yenhoa', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Yên Hòa', commune: 'Xã Yên Hòa', founded: 2017, origin: 'LG', governance: district('huyện Yên Hòa'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Yên Hòa.' },
  { key: 'gdtx-kyphong', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX khu vực Kỳ Phong', commune: 'Xã Kỳ Phong', founded: 2017, origin: 'LG', governance: district('huyện Kỳ Phong'), notes: 'Tiếp nhận Trung tâm GDNN-GDTX huyện Đức Thịnh từ 01/07/2025.' },
  {
    key: 'gdtx-ducthinh', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX huyện Đức Thịnh', commune: 'Xã Đức Thịnh', founded: 2018, origin: 'LG', governance: district('huyện Đức Thịnh'),
    ended: { status: 'merged', on: '2025-07-01', successor: 'gdtx-kyphong' },
    notes: 'Sáp nhập vào Trung tâm GDNN-GDTX khu vực Kỳ Phong khi bỏ cấp huyện.',
  },
  { key: 'gdtx-huonglam', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Hương Lâm', commune: 'Xã Hương Lâm', founded: 2017, origin: 'LG', governance: district('huyện Hương Lâm'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Hương Lâm.' },
  { key: 'gdtx-dienkhanh', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Diễn Khánh', commune: 'Xã Diễn Khánh', founded: 2018, origin: 'LG', governance: district('huyện Diễn Khánh'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Diễn Khánh.' },
  { key: 'gdtx-bacson', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX phường Bắc Sơn', commune: 'Phường Bắc Sơn', founded: 2016, origin: 'LG', governance: district('thành phố Lam Giang'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX thành phố Lam Giang.' },
  { key: 'gdtx-thanhtan', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX khu vực Thanh Tân', commune: 'Xã Thanh Tân', founded: 2018, origin: 'LG', governance: district('huyện Thanh Tân') },
  { key: 'gdtx-minhkhe', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Minh Khê', commune: 'Xã Minh Khê', founded: 2017, origin: 'HS', governance: district('huyện Minh Khê'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Minh Khê.' },
  { key: 'gdtx-lacxuan', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Lạc Xuân', commune: 'Xã Lạc Xuân', founded: 2018, origin: 'HS', governance: district('huyện Lạc Xuân'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Lạc Xuân.' },
  { key: 'gdtx-cambinh', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX phường Cẩm Bình', commune: 'Phường Cẩm Bình', founded: 2016, origin: 'HS', governance: district('thị xã Cẩm Bình'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX thị xã Cẩm Bình.' },
  { key: 'gdtx-tragiang', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Trà Giang', commune: 'Xã Trà Giang', founded: 2018, origin: 'HS', governance: district('huyện Trà Giang'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Trà Giang.' },
  { key: 'gdtx-phudien', type: 'TTGDNN_GDTX', ownership: 'CONG_LAP', name: 'Trung tâm GDNN-GDTX xã Phú Điền', commune: 'Xã Phú Điền', founded: 2019, origin: 'HS', governance: district('huyện Phú Điền'), notes: 'Trước 01/07/2025: Trung tâm GDNN-GDTX huyện Phú Điền.' },

  { key: 'k-dientu', type: 'KHAC', ownership: 'FDI', name: 'Công ty TNHH Điện tử Sông Lam Vina', commune: 'Xã Diễn Khánh', founded: 2016, origin: 'LG', governance: none, notes: 'Doanh nghiệp có đăng ký hoạt động GDNN trình độ sơ cấp.' },
  { key: 'k-detmay', type: 'KHAC', ownership: 'FDI', name: 'Công ty TNHH Dệt may Hà Sơn - Hàn Quốc', commune: 'Xã Lạc Xuân', founded: 2013, origin: 'HS', governance: none, late2026: true },
  { key: 'k-linhkien', type: 'KHAC', ownership: 'FDI', name: 'Công ty TNHH Linh kiện Điện tử Sunrise Việt Nam', commune: 'Xã Kỳ Phong', founded: 2020, origin: 'LG', governance: none },
  { key: 'k-cokhi', type: 'KHAC', ownership: 'TU_THUC', name: 'Công ty Cổ phần Cơ khí Xây lắp Lam Giang', commune: 'Phường Cửa Lam', founded: 2002, origin: 'LG', governance: none, late2026: true },
  { key: 'k-htx', type: 'KHAC', ownership: 'TU_THUC', name: 'Hợp tác xã Dịch vụ Nông nghiệp Yên Hòa', commune: 'Xã Yên Hòa', founded: 2011, origin: 'LG', governance: none, late2026: true },
  { key: 'k-laixe', type: 'KHAC', ownership: 'TU_THUC', name: 'Công ty Cổ phần Đào tạo lái xe Phương Bắc', commune: 'Phường Nam Giang', founded: 2012, origin: 'LG', governance: none },
  {
    key: 'k-dhspkt', type: 'KHAC', ownership: 'CONG_LAP', name: 'Trường Đại học Sư phạm Kỹ thuật Sông Lam', commune: 'Phường Lam Thành', founded: 1960, origin: 'LG',
    governance: { kind: 'fixed', periods: [{ body: 'Bộ Giáo dục và Đào tạo', from: '2006-01-01' }] },
    notes: 'Cơ sở giáo dục đại học có đăng ký hoạt động GDNN trình độ cao đẳng.',
  },
  {
    key: 'k-dvvl', type: 'KHAC', ownership: 'CONG_LAP', name: 'Trung tâm Dịch vụ việc làm tỉnh Sông Lam', commune: 'Phường Bắc Sơn', founded: 2001, origin: 'LG',
    governance: {
      kind: 'fixed',
      periods: [
        { body: 'Sở Lao động - Thương binh và Xã hội tỉnh Lam Giang', from: '2001-01-01', to: '2025-02-28' },
        { body: 'Sở Nội vụ tỉnh Lam Giang', from: '2025-03-01', to: '2025-06-30' },
        { body: 'Sở Nội vụ tỉnh Sông Lam', from: '2025-07-01' },
      ],
    },
  },
];
