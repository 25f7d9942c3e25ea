import { useTranslation } from 'react-i18next';

// What a link asks Settings to show: #/settings?field=signerName,documentCode (the submission's pre-flight names
// the profile fields its document cannot be printed without). Unknown names are ignored.

export const PROFILE_FIELD_NAMES = [
  'name',
  'placeName',
  'superiorBody',
  'owningDepartment',
  'owningDepartmentCode',
  'recipientMinistry',
  'recipientDepartment',
  'signerName',
  'signerTitle',
  'signingAuthority',
  'documentCode',
] as const;

/** The profile fields a link asks for, in the link's order, without repeats or unknown names. */
export function askedFields(params: URLSearchParams): string[] {
  const known: readonly string[] = PROFILE_FIELD_NAMES;
  const asked = (params.get('field') ?? '').split(',').map((f) => f.trim());
  return [...new Set(asked.filter((f) => known.includes(f)))];
}

const TEXTS = {
  vi: { needed: 'Báo cáo gửi Bộ cần thông tin này: nhập rồi bấm "Lưu hồ sơ".' },
  en: { needed: 'The report to the ministry needs this: fill it in, then save the profile.' },
};

export function useAskedTexts() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? TEXTS.en : TEXTS.vi;
}
