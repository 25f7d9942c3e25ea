// Texts of the overview page, Vietnamese first; registered as the i18next namespace 'overview'.
export const texts = {
  vi: { title: '' },
  en: { title: '' },
};
