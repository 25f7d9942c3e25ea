import { useTranslation } from 'react-i18next';

/**
 * Texts kept beside the feature instead of in the app's i18n files (these folders are written apart from them):
 * the object for the UI's language, and {name} placeholders filled in.
 */
export function useLocalTexts<T>(texts: { vi: T; en: T }): T {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? texts.en : texts.vi;
}

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
