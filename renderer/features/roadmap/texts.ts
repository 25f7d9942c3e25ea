// Texts of the roadmap page, Vietnamese first; registered as the i18next namespace 'roadmap'.
const vi = {
  title: 'Lộ trình thực hiện',
  intro:
    'Các mốc lộ trình trong tệp theo năm và quý, với trạng thái và chỉ tiêu, nhiệm vụ hoặc dự án gắn với mốc. Thêm, sửa mốc sẽ có ở bản sau.',
  grid: 'Các mốc lộ trình',
  empty: 'Tệp chưa có mốc lộ trình nào.',
  quarter: 'Quý {{quarter}}',
  wholeYear: 'Cả năm',
  columns: {
    year: 'Năm',
    quarter: 'Quý',
    title: 'Mốc',
    owner: 'Đơn vị chủ trì',
    status: 'Trạng thái',
    linkedTo: 'Gắn với',
  },
  status: {
    planned: 'Đã lên kế hoạch',
    on_track: 'Đúng tiến độ',
    at_risk: 'Có nguy cơ chậm',
    met: 'Đã đạt',
    missed: 'Không đạt',
    none: 'Chưa đánh giá',
  },
};

const en: typeof vi = {
  title: 'Roadmap',
  intro:
    'The roadmap milestones in the file by year and quarter, with their status and the target, task or project each is linked to. Adding and editing milestones comes in a later release.',
  grid: 'Roadmap milestones',
  empty: 'The file has no roadmap milestones yet.',
  quarter: 'Q{{quarter}}',
  wholeYear: 'Whole year',
  columns: {
    year: 'Year',
    quarter: 'Quarter',
    title: 'Milestone',
    owner: 'Lead unit',
    status: 'Status',
    linkedTo: 'Linked to',
  },
  status: {
    planned: 'Planned',
    on_track: 'On track',
    at_risk: 'At risk',
    met: 'Met',
    missed: 'Missed',
    none: 'Not assessed',
  },
};

export const texts = { vi, en };
