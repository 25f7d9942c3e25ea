// Texts of the targets page, Vietnamese first; registered as the i18next namespace 'targets'.
export const texts = {
  vi: { title: '' },
  en: { title: '' },
};
