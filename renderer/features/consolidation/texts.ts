// Texts of the ministry's consolidation page, Vietnamese first; registered as the i18next namespace 'consolidation'.
const vi = {
  title: 'Tổng hợp các tỉnh (Bộ)',
};

const en: typeof vi = {
  title: 'Consolidation of provinces (ministry)',
};

export const texts = { vi, en };
