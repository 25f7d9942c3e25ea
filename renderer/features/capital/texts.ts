// Texts of the capital page, Vietnamese first; registered as the i18next namespace 'capital'.
const vi = {
  title: 'Kế hoạch vốn',
  intro:
    'Vốn theo năm và nguồn vốn của các dự án trong tệp, đơn vị triệu đồng. Vốn giao là kế hoạch vốn được giao, lấy số đã điều chỉnh nếu có điều chỉnh. Lập và điều chỉnh kế hoạch vốn sẽ có ở bản sau.',
  empty: 'Tệp chưa có kế hoạch vốn nào.',
  bySource: 'Theo nguồn vốn (triệu đồng)',
  chartTitle: 'Cơ cấu nguồn vốn theo năm',
  byYear: 'Tổng các nguồn theo năm (triệu đồng)',
  show: 'Số liệu',
  unit: 'Triệu đồng',
  measure: {
    adjustedDong: 'Vốn giao',
    plannedDong: 'Kế hoạch ban đầu',
    disbursedDong: 'Giải ngân',
  },
  columns: {
    year: 'Năm',
    total: 'Tổng cộng',
    rate: 'Tỷ lệ giải ngân',
  },
  totalRow: 'Tổng',
  gridBySource: 'Vốn theo năm và nguồn vốn',
  gridByYear: 'Tổng vốn theo năm',
  chartLabel: 'Biểu đồ cột chồng: {{measure}} theo nguồn vốn, từng năm',
};

const en: typeof vi = {
  title: 'Capital plan',
  intro:
    'Capital by year and source for the projects in the file, in million VND. Allocated is the capital plan assigned, using the adjusted figure where it was adjusted. Drawing up and adjusting capital plans comes in a later release.',
  empty: 'The file has no capital plan yet.',
  bySource: 'By capital source (million VND)',
  chartTitle: 'Capital sources by year',
  byYear: 'All sources by year (million VND)',
  show: 'Show',
  unit: 'Million VND',
  measure: {
    adjustedDong: 'Allocated',
    plannedDong: 'Initial plan',
    disbursedDong: 'Disbursed',
  },
  columns: {
    year: 'Year',
    total: 'Total',
    rate: 'Disbursement rate',
  },
  totalRow: 'Total',
  gridBySource: 'Capital by year and source',
  gridByYear: 'Capital totals by year',
  chartLabel: 'Stacked bar chart: {{measure}} by capital source, per year',
};

export const texts = { vi, en };
