// Vietnamese text: search that ignores diacritics and NFC/NFD differences, and a sort key that orders the way
// Intl.Collator('vi') does. The sort key exists because SQLite (via better-sqlite3) cannot register collations,
// only functions: queries ORDER BY vn_sort_key(name) to page in Vietnamese order inside the database.
// Files from other offices carry NFC or NFD text; both go through NFD here, so they compare equal.

const COMBINING = /\p{M}/gu;

/** Lower-case, diacritic-free form for search: "Trường Cao đẳng" and its NFD twin both become "truong cao dang". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Does `haystack` contain `needle`, ignoring case, diacritics and normalisation form? */
export function matchesSearch(haystack: string, needle: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(needle.trim()));
}

// CLDR's Vietnamese tailoring: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư as letters (primary), and the tones
// as accents (secondary) in the order none < huyền < hỏi < ngã < sắc < nặng.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

function letterWithMark(base: string, mark: string): string | null {
  if (mark === '\u0306' && base === 'a') return 'ă';
  if (mark === '\u0302') return { a: 'â', e: 'ê', o: 'ô' }[base] ?? null;
  if (mark === '\u031b') return { o: 'ơ', u: 'ư' }[base] ?? null;
  return null;
}

interface Unit {
  primary: string;
  tone: number;
  upper: boolean;
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  for (const char of text.normalize('NFD')) {
    const tone = TONES[char];
    const last = out.at(-1);
    if (tone !== undefined || /\p{M}/u.test(char)) {
      if (!last) continue;
      if (tone !== undefined) {
        last.tone = tone;
        continue;
      }
      const merged = letterWithMark(last.primary, char);
      if (merged) last.primary = merged;
      else last.tone = Math.max(last.tone, 6 + (char.codePointAt(0) ?? 0) / 0x10000);
      continue;
    }
    const lower = char.toLowerCase();
    out.push({ primary: lower, tone: 0, upper: lower !== char });
  }
  return out;
}

function primaryWeight(letter: string): string {
  const index = ALPHABET.indexOf(letter);
  // Order: whitespace < punctuation and symbols < digits < letters < anything else (by code point).
  if (index >= 0) return String.fromCodePoint(0x3000 + index);
  if (/\s/u.test(letter)) return String.fromCodePoint(0x2000);
  if (/\d/u.test(letter)) return String.fromCodePoint(0x2800 + Number(letter));
  const code = letter.codePointAt(0) ?? 0;
  if (/[\p{P}\p{S}]/u.test(letter)) return String.fromCodePoint(0x2001 + (code % 0x7fe));
  return String.fromCodePoint(0x4000 + Math.min(code, 0xbfff));
}

/** A string whose plain (code-point) order is Vietnamese collation order; for ORDER BY in SQLite. */
export function vietnameseSortKey(text: string): string {
  const parts = units(text);
  const primary = parts.map((u) => primaryWeight(u.primary)).join('');
  const secondary = parts.map((u) => String.fromCodePoint(0x30 + Math.round(u.tone * 10))).join('');
  const tertiary = parts.map((u) => (u.upper ? '1' : '0')).join('');
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

const collator = new Intl.Collator('vi');
/** Comparator for sorting in the page: the same order vietnameseSortKey gives in SQL. */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
