import { formatMillions, formatNumber, formatPercent } from '../../api/text/format';

// Small pieces of administrative Vietnamese the narrative is written with. Figures follow the report's
// conventions: 1.234,5 · percentages with one decimal · money in triệu đồng.

export const num = (value: number) => formatNumber(value, 0);
export const pct = (value: number) => formatPercent(value, 1);
export const money = (dong: number) => `${formatMillions(dong)} triệu đồng`;
export const points = (value: number) => `${formatNumber(Math.abs(value), 1)} điểm phần trăm`;

/** "a", "a và b", "a, b và c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** Lower-cases the first letter, for a name set inside a sentence ("Trường cao đẳng" → "trường cao đẳng"). */
export const lowerFirst = (text: string) => (text ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text);
export const upperFirst = (text: string) => (text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text);

/** "tỉnh Sông Lam" from the profile's "Tỉnh Sông Lam (dữ liệu mẫu)": the province as a sentence names it. */
export function provinceInSentence(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return /^(Tỉnh|Thành phố)\s/.test(bare) ? lowerFirst(bare) : bare;
}

/** Paragraphs separated by one blank line; a list item is a paragraph of its own starting with "- ". */
export const paragraphs = (parts: readonly (string | null | false | undefined)[]) => parts.filter((p): p is string => !!p).join('\n\n');

export const share = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);
