import type { Sqlite } from '../../../../db/client';
import { foldVietnamese } from '../../../api/text/vietnamese';

export interface ReferenceItem {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Folded and punctuation-free, so "TT GDNN-GDTX", "tt gdnn gdtx" and "TT. GDNN – GDTX" are one key. */
export const valueKey = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// How offices write the kinds in their own lists, beside the reference data's codes and names (which may be
// edited in the file, so these only add to them and apply only when the code exists).
const ALIASES: Record<string, string[]> = {
  CD: ['cao dang', 'truong cao dang', 'cd'],
  TC: ['trung cap', 'truong trung cap', 'tc'],
  THN: ['trung hoc nghe', 'truong trung hoc nghe', 'thn'],
  TTGDNN: ['trung tam gdnn', 'tt gdnn', 'ttgdnn', 'trung tam giao duc nghe nghiep', 'trung tam day nghe'],
  TTGDNN_GDTX: [
    'trung tam gdnn gdtx',
    'tt gdnn gdtx',
    'ttgdnn gdtx',
    'gdnn gdtx',
    'trung tam giao duc nghe nghiep giao duc thuong xuyen',
  ],
  KHAC: ['khac', 'co so khac', 'doanh nghiep', 'co so khac co dang ky hoat dong gdnn'],
  CONG_LAP: ['cong lap', 'cl'],
  TU_THUC: ['tu thuc', 'dan lap', 'tu nhan'],
  FDI: ['fdi', 'co von dau tu nuoc ngoai', 'von dau tu nuoc ngoai', 'co von nuoc ngoai', 'von nuoc ngoai', 'nuoc ngoai'],
};

export interface ReferenceMatcher {
  items: ReferenceItem[];
  find(text: string): ReferenceItem | null;
}

/** Exact code, name or alias first; otherwise the one item whose longest alias the text contains. */
export function referenceMatcher(items: ReferenceItem[]): ReferenceMatcher {
  const exact = new Map<string, ReferenceItem>();
  const phrases: { phrase: string; item: ReferenceItem }[] = [];
  for (const item of items) {
    const keys = [item.code, item.nameVi, item.nameEn, ...(ALIASES[item.code] ?? [])].map(valueKey).filter(Boolean);
    for (const key of keys) {
      if (!exact.has(key)) exact.set(key, item);
      if (key.includes(' ')) phrases.push({ phrase: key, item });
    }
  }
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    items,
    find(text) {
      const key = valueKey(text);
      if (!key) return null;
      const hit = exact.get(key);
      if (hit) return hit;
      const padded = ` ${key} `;
      const found = phrases.filter((p) => padded.includes(` ${p.phrase} `));
      if (!found.length) return null;
      const longest = found.filter((p) => p.phrase.length === found[0]!.phrase.length);
      return new Set(longest.map((p) => p.item.id)).size === 1 ? longest[0]!.item : null;
    },
  };
}

export function loadReference(sqlite: Sqlite, table: 'institution_types' | 'ownership_kinds'): ReferenceItem[] {
  return sqlite.prepare(`SELECT id, code, name_vi AS nameVi, name_en AS nameEn FROM ${table} ORDER BY sort_order, id`).all() as ReferenceItem[];
}
