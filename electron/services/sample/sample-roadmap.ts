import type { Sqlite } from '../../../db/client';
import { idsByCode } from './reference-ids';

type Status = 'planned' | 'on_track' | 'at_risk' | 'met' | 'missed' | null;

interface MilestoneSpec {
  title: string;
  year: number;
  quarter: number | null;
  owner: string;
  status: Status;
  target?: string;
  keyTask?: string;
  project?: string;
  notes?: string;
  statusNote?: string;
  /** Where the milestone stood before it was rolled over to its current year, and why. */
  rolledFrom?: { year: number; quarter: number | null; reason: string; rolledOn: string };
}

const SO = 'Sở Giáo dục và Đào tạo';

// 2022–2030, every status (and none), linked to targets, key tasks and projects. Statuses are hand-set, as a
// planner would before the app derives them (the roadmap shows both); the 2025 miss and the two milestones rolled
// over to a later year, with their reasons, are what a real roadmap shows.
const milestones: readonly MilestoneSpec[] = [
  { title: 'Ban hành Kế hoạch chuyển đổi số GDNN giai đoạn 2022–2025 (tỉnh Lam Giang, tỉnh Hà Sơn)', year: 2022, quarter: 2, owner: 'Sở LĐTBXH hai tỉnh', status: 'met' },
  { title: 'Đưa phần mềm quản lý đào tạo dùng chung vào vận hành', year: 2022, quarter: 4, owner: 'Sở LĐTBXH tỉnh Lam Giang', status: 'met', project: 'DA-CDS-02' },
  { title: 'Hoàn thành bồi dưỡng năng lực số đợt 1 cho nhà giáo', year: 2023, quarter: 4, owner: 'Sở LĐTBXH tỉnh Hà Sơn', status: 'met', keyTask: '3' },
  { title: 'Ban hành quy chế số hóa hồ sơ người học, văn bằng, chứng chỉ', year: 2024, quarter: 2, owner: SO, status: 'met', keyTask: '6' },
  {
    title: 'Đưa phòng học thực hành ảo vào sử dụng', year: 2025, quarter: 4, owner: 'Trường CĐ Kỹ thuật Công nghiệp Sông Lam', status: 'met', project: 'DA-CDS-04',
    notes: 'Hoàn thành chậm một năm (12/2025).',
    rolledFrom: { year: 2024, quarter: 4, reason: 'Nhà thầu giao thiết bị thực tế ảo chậm; gia hạn hợp đồng đến quý IV/2025.', rolledOn: '2024-11-20T09:00:00.000+07:00' },
  },
  { title: 'Tiếp nhận quản lý nhà nước về GDNN từ Sở LĐTBXH', year: 2025, quarter: 1, owner: SO, status: 'met' },
  { title: 'Kiện toàn các trung tâm GDNN-GDTX sau sắp xếp đơn vị hành chính', year: 2025, quarter: 3, owner: SO, status: 'met', keyTask: '1', statusNote: 'Quyết định kiện toàn của UBND tỉnh tháng 9/2025.' },
  { title: 'Đạt chỉ tiêu quốc gia: 50% nhà giáo, CBQL được bồi dưỡng năng lực số', year: 2025, quarter: 4, owner: SO, status: 'met', target: 'a1' },
  { title: 'Đạt chỉ tiêu của tỉnh: 70% nhà giáo, CBQL được bồi dưỡng năng lực số', year: 2025, quarter: 4, owner: SO, status: 'missed', target: 'a1_tinh' },
  { title: 'Trường cao đẳng, trung cấp kết nối nền tảng số GDNN quốc gia', year: 2025, quarter: 4, owner: SO, status: 'met', target: 'c2' },
  { title: 'Gửi báo cáo đánh giá năm 2025 về Bộ Giáo dục và Đào tạo', year: 2026, quarter: 1, owner: SO, status: 'met' },
  {
    title: 'Vận hành trung tâm dữ liệu GDNN của tỉnh', year: 2026, quarter: 4, owner: SO, status: 'at_risk', project: 'DA-CDS-08', notes: 'Thiếu vốn so với tổng mức đầu tư.',
    statusNote: 'Vốn năm 2026 mới giao 60% nhu cầu.',
    rolledFrom: { year: 2025, quarter: 4, reason: 'Năm 2025 chưa bố trí đủ vốn ngân sách tỉnh cho hạng mục máy chủ.', rolledOn: '2025-10-15T14:30:00.000+07:00' },
  },
  { title: 'Hoàn thành nâng cấp hạ tầng 10 trung tâm GDNN-GDTX', year: 2026, quarter: 4, owner: SO, status: 'at_risk', project: 'DA-CDS-11' },
  { title: '80% trường cao đẳng, trung cấp kết nối nền tảng số (chỉ tiêu tỉnh)', year: 2026, quarter: 4, owner: SO, status: 'on_track', target: 'c2_tinh' },
  { title: 'Bản đồ số mạng lưới cơ sở GDNN', year: 2027, quarter: 2, owner: SO, status: 'planned', project: 'DA-CDS-17' },
  { title: 'Ngân hàng đề thi số và thi kỹ năng nghề trực tuyến', year: 2027, quarter: 4, owner: SO, status: null, project: 'DA-CDS-15' },
  { title: 'HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN', year: 2027, quarter: null, owner: SO, status: null, keyTask: '9' },
  { title: '82% chương trình đào tạo có chuẩn đầu ra tích hợp năng lực số', year: 2027, quarter: null, owner: 'Các cơ sở GDNN', status: 'on_track', target: 'b1' },
  { title: 'Hoàn thành dự án đào tạo chất lượng cao vốn ODA Hàn Quốc', year: 2028, quarter: 4, owner: 'Trường CĐ Kỹ thuật Công nghiệp Sông Lam', status: 'on_track', project: 'DA-CDS-09' },
  { title: 'Nhà xưởng thực hành công nghiệp 4.0 đưa vào sử dụng', year: 2029, quarter: 3, owner: 'Trường CĐ Kỹ thuật Công nghiệp Sông Lam', status: 'planned', project: 'DA-CDS-18' },
  { title: '100% nhà giáo, cán bộ quản lý được bồi dưỡng năng lực số', year: 2030, quarter: 4, owner: SO, status: 'planned', target: 'a1' },
  { title: '100% cơ sở GDNN số hóa hồ sơ, kết quả học tập và văn bằng', year: 2030, quarter: null, owner: 'Các cơ sở GDNN', status: null, target: 'd2' },
];

const activities = [
  { heldOn: '2022-04-12', kind: 'conference', title: 'Hội nghị triển khai Chương trình chuyển đổi số trong GDNN (Quyết định 2222/QĐ-TTg)', audience: 'Lãnh đạo các sở, ngành; hiệu trưởng, giám đốc cơ sở GDNN', participants: 180 },
  { heldOn: '2022-08-25', kind: 'workshop', title: 'Hội thảo "Chuyển đổi số trong đào tạo nghề: kinh nghiệm và giải pháp"', audience: 'Cơ sở GDNN, doanh nghiệp', participants: 120 },
  { heldOn: '2022-11-10', kind: 'media', title: 'Chuyên mục "Chuyển đổi số GDNN" trên Đài Phát thanh - Truyền hình tỉnh (12 số)', audience: 'Người dân, người học', participants: null },
  { heldOn: '2023-03-20', kind: 'training', title: 'Tập huấn sử dụng phần mềm quản lý đào tạo dùng chung', audience: 'Cán bộ quản lý đào tạo các trường trung cấp', participants: 95 },
  { heldOn: '2023-09-14', kind: 'workshop', title: 'Tọa đàm doanh nghiệp - nhà trường về kỹ năng số cho người lao động', audience: 'Doanh nghiệp, cơ sở GDNN', participants: 70 },
  { heldOn: '2024-05-08', kind: 'training', title: 'Bồi dưỡng kỹ năng xây dựng bài giảng điện tử cho nhà giáo', audience: 'Nhà giáo GDNN', participants: 240 },
  { heldOn: '2024-10-17', kind: 'media', title: 'Tuyên truyền học nghề trực tuyến trên Cổng thông tin điện tử và mạng xã hội', audience: 'Học sinh, người lao động', participants: null },
  { heldOn: '2025-08-21', kind: 'conference', title: 'Hội nghị triển khai nhiệm vụ chuyển đổi số GDNN sau hợp nhất tỉnh Sông Lam', audience: 'Sở, ngành; cơ sở GDNN; UBND các xã, phường', participants: 210 },
  { heldOn: '2025-12-04', kind: 'workshop', title: 'Hội thảo ứng dụng trí tuệ nhân tạo trong dạy học nghề', audience: 'Nhà giáo, cán bộ quản lý', participants: 150 },
  { heldOn: '2026-03-26', kind: 'training', title: 'Tập huấn kết nối dữ liệu với nền tảng số GDNN quốc gia', audience: 'Cán bộ phụ trách dữ liệu các cơ sở GDNN', participants: 85 },
] as const;

export function insertSampleRoadmap(
  sqlite: Sqlite,
  links: { projectIds: Map<string, number>; keyTaskIds: Map<string, number> },
): { milestones: number; activities: number } {
  const targetId = idsByCode(sqlite, 'targets');
  const lookup = (map: Map<string, number>, key: string | undefined, what: string) => {
    if (key === undefined) return null;
    const id = map.get(key);
    if (id === undefined) throw new Error(`sample milestone names an unknown ${what} ${key}`);
    return id;
  };
  const insertMilestone = sqlite.prepare(
    `INSERT INTO milestones (title, year, quarter, owner, target_id, key_task_id, project_id, status, status_note, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRollover = sqlite.prepare(
    'INSERT INTO milestone_rollovers (milestone_id, from_year, from_quarter, to_year, to_quarter, reason, rolled_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const m of milestones) {
    const { lastInsertRowid } = insertMilestone.run(
      m.title, m.year, m.quarter, m.owner,
      m.target ? targetId(m.target) : null,
      lookup(links.keyTaskIds, m.keyTask, 'key task'),
      lookup(links.projectIds, m.project, 'project'),
      m.status, m.statusNote ?? null, m.notes ?? null,
    );
    if (m.rolledFrom) {
      const r = m.rolledFrom;
      insertRollover.run(lastInsertRowid, r.year, r.quarter, m.year, m.quarter, r.reason, r.rolledOn);
    }
  }
  const insertActivity = sqlite.prepare('INSERT INTO awareness_activities (held_on, kind, title, audience, participants) VALUES (?, ?, ?, ?, ?)');
  for (const a of activities) insertActivity.run(a.heldOn, a.kind, a.title, a.audience, a.participants);
  return { milestones: milestones.length, activities: activities.length };
}
