// Texts of the projects page, Vietnamese first; registered as the i18next namespace 'projects'.
const vi = {
  title: 'Dự án đầu tư',
  intro:
    'Các dự án chuyển đổi số GDNN trong tệp với giai đoạn hiện tại và tổng mức đầu tư (triệu đồng, cộng các nguồn vốn). Bấm tiêu đề cột để sắp xếp; tìm theo tên hoặc mã dự án. Thêm, sửa dự án và chuyển giai đoạn sẽ có ở bản sau.',
  search: 'Tìm theo tên hoặc mã dự án',
  grid: 'Danh sách dự án đầu tư',
  columns: {
    code: 'Mã',
    name: 'Tên dự án',
    investor: 'Chủ đầu tư',
    stage: 'Giai đoạn',
    taskGroup: 'Nhóm nhiệm vụ',
    period: 'Thời gian thực hiện',
    totalInvestment: 'Tổng mức đầu tư (triệu đồng)',
  },
};

const en: typeof vi = {
  title: 'Investment projects',
  intro:
    'The VET digital-transformation projects in the file, with their current stage and total investment (million VND, all capital sources). Click a column header to sort; search by project name or code. Adding and editing projects and moving them between stages comes in a later release.',
  search: 'Search by project name or code',
  grid: 'Investment projects',
  columns: {
    code: 'Code',
    name: 'Project',
    investor: 'Investor',
    stage: 'Stage',
    taskGroup: 'Task group',
    period: 'Period',
    totalInvestment: 'Total investment (million VND)',
  },
};

export const texts = { vi, en };
