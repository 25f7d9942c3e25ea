import { assessmentTexts } from './texts-assessment';
import { resultTexts } from './texts-results';
import { targetTexts } from './texts-targets';
import { workbookTexts } from './texts-workbooks';

// Texts of the Targets & assessment page, Vietnamese first; registered as the i18next namespace 'targets'. Each
// tab keeps its texts in its own file under its own key.
const vi = {
  title: 'Chỉ tiêu & đánh giá',
  intro:
    'Chỉ tiêu của Quyết định 2222/QĐ-TTg và chỉ tiêu riêng của tỉnh, số liệu các cơ sở GDNN báo cáo hằng năm, mức đạt của tỉnh và phiếu nhập liệu gửi cơ sở.',
  year: 'Năm',
  tabs: {
    targets: 'Chỉ tiêu',
    assessment: 'Đánh giá năm {{year}}',
    attainment: 'Mức đạt',
    completeness: 'Mức độ đầy đủ',
    workbooks: 'Phiếu nhập liệu',
  },
  targets: targetTexts.vi,
  assessment: assessmentTexts.vi,
  ...resultTexts.vi,
  workbooks: workbookTexts.vi,
};

const en: typeof vi = {
  title: 'Targets & assessment',
  intro:
    'The targets of Decision 2222/QĐ-TTg and the province’s own, the figures VET institutions report every year, the province’s attainment and the entry workbooks sent to institutions.',
  year: 'Year',
  tabs: {
    targets: 'Targets',
    assessment: 'Assessment {{year}}',
    attainment: 'Attainment',
    completeness: 'Completeness',
    workbooks: 'Entry workbooks',
  },
  targets: targetTexts.en,
  assessment: assessmentTexts.en,
  ...resultTexts.en,
  workbooks: workbookTexts.en,
};

export const texts = { vi, en };
