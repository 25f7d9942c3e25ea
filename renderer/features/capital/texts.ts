// Texts of the capital page, Vietnamese first; registered as the i18next namespace 'capital'.
export const texts = {
  vi: { title: '' },
  en: { title: '' },
};
