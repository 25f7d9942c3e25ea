import type { DocumentProfile } from '../../../db/queries/submission';

// What a new submission starts with: the subject of the year's report, the distribution list from the province
// profile, and the five narrative sections the ministry's letter asks for, in the order the report prints them.

export const SECTION_KEYS = ['situation', 'results', 'projects', 'difficulties', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Record<SectionKey, string> = {
  situation: 'Tình hình triển khai và công tác tuyên truyền, nâng cao nhận thức',
  results: 'Kết quả thực hiện các chỉ tiêu',
  projects: 'Dự án đầu tư và bố trí vốn',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Kiến nghị, đề xuất với Bộ',
};

export const defaultSubject = (year: number) =>
  `Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm ${year}`;

/**
 * "Nơi nhận", one recipient per entry, without the dash and the closing semicolon the document adds: the
 * ministry and its department that receive the report, then the office's own copies.
 */
export function defaultRecipients(profile: Pick<DocumentProfile, 'recipientMinistry' | 'recipientDepartment'>): string[] {
  const ministry = profile.recipientMinistry.trim();
  const department = profile.recipientDepartment.trim();
  const first = ministry && department ? `${ministry} (${department})` : ministry || department;
  return [...(first ? [first] : []), 'Lưu: VT, GDNN'];
}

/** The stored form of "Nơi nhận": one recipient per line, blank lines dropped. */
export const recipientsToText = (list: readonly string[]) => list.map((r) => r.trim()).filter(Boolean).join('\n');
export const recipientsFromText = (text: string) =>
  text
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
