// Texts of the submission page, Vietnamese first; registered as the i18next namespace 'submission'.
export const texts = {
  vi: { title: '' },
  en: { title: '' },
};
