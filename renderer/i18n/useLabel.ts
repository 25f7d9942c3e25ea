import { useTranslation } from 'react-i18next';

/** Reference data carries both languages; this picks the one the UI speaks. */
export function useLabel() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (item: { nameVi: string; nameEn: string } | undefined | null): string => (item ? (english ? item.nameEn : item.nameVi) : '');
}
