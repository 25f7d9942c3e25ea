// Texts of the backups page, Vietnamese first; registered as the i18next namespace 'backups'.
export const texts = {
  vi: { title: 'Sao lưu' },
  en: { title: 'Backups' },
};
