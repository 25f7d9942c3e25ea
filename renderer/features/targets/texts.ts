// Texts of the targets page, Vietnamese first; registered as the i18next namespace 'targets'.
const vi = {
  title: 'Chỉ tiêu chuyển đổi số GDNN',
  intro:
    'Chỉ tiêu cơ bản của Quyết định 2222/QĐ-TTg (cấp quốc gia) và chỉ tiêu riêng của tỉnh, theo nhóm chỉ tiêu. Các cột 2023, 2025, 2030 là mốc của Quyết định; giá trị các năm khác (lộ trình tỉnh đặt thêm) ở cột lộ trình. Sửa chỉ tiêu và đánh giá mức đạt từ số liệu của các cơ sở sẽ có ở bản sau.',
  counts: '{{national}} chỉ tiêu quốc gia · {{provincial}} chỉ tiêu của tỉnh',
  empty: 'Tệp chưa có chỉ tiêu nào.',
  otherGroup: 'Nhóm khác',
  grid: 'Chỉ tiêu nhóm {{group}}',
  columns: {
    code: 'Mã',
    name: 'Chỉ tiêu',
    scope: 'Cấp',
    trajectory: 'Lộ trình các năm khác',
    source: 'Văn bản',
    confidence: 'Độ tin cậy',
  },
  scope: { national: 'Quốc gia', provincial: 'Tỉnh' },
  milestone: { formed: 'Hình thành' },
  confidence: {
    confirmed: 'Đã xác nhận',
    partial: 'Cần đối chiếu',
  },
};

const en: typeof vi = {
  title: 'VET digital transformation targets',
  intro:
    'The basic targets of Decision 2222/QĐ-TTg (national) and the province’s own targets, by target group. The 2023, 2025 and 2030 columns are the Decision’s milestones; values for other years (a trajectory the province added) are in the trajectory column. Editing targets and measuring attainment from the institutions’ figures come in a later release.',
  counts: '{{national}} national targets · {{provincial}} provincial targets',
  empty: 'The file has no targets yet.',
  otherGroup: 'Other group',
  grid: 'Targets of group {{group}}',
  columns: {
    code: 'Code',
    name: 'Target',
    scope: 'Level',
    trajectory: 'Trajectory, other years',
    source: 'Document',
    confidence: 'Confidence',
  },
  scope: { national: 'National', provincial: 'Provincial' },
  milestone: { formed: 'Formed' },
  confidence: {
    confirmed: 'Confirmed',
    partial: 'To be checked',
  },
};

export const texts = { vi, en };
