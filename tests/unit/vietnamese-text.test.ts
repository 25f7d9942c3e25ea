import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch, vietnameseSortKey } from '../../electron/api/text/vietnamese';

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const syllable = fc
  .tuple(fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 5 }), fc.constantFrom(...TONES), fc.nat(4))
  .map(([letters, tone, at]) => {
    const i = Math.min(at, letters.length - 1);
    return letters.map((l, j) => (j === i ? l + tone : l)).join('').normalize('NFC');
  });
const phrase = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const collator = new Intl.Collator('vi');

describe('Vietnamese text', () => {
  it('folds diacritics, đ and case, and treats NFC and NFD alike', () => {
    expect(foldVietnamese('Trường Cao đẳng Đồng Tháp')).toBe('truong cao dang dong thap');
    const nfd = 'Trung tâm GDNN-GDTX Hương Khê'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfd.normalize('NFC')));
    expect(matchesSearch('Trường Trung cấp Kỹ thuật', 'KY THUAT')).toBe(true);
    expect(matchesSearch('Trường Trung cấp Kỹ thuật', 'cao dang')).toBe(false);
  });

  it('sort keys order phrases as Intl.Collator("vi") does', () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const byKey = sign(vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : vietnameseSortKey(a) > vietnameseSortKey(b) ? 1 : 0);
        expect(byKey, `${a} vs ${b}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts the alphabet and the tones in Vietnamese order', () => {
    const words = ['da', 'đa', 'ca', 'ă', 'â', 'a', 'ơ', 'ô', 'o', 'ư', 'u', 'á', 'à', 'ả', 'ã', 'ạ'];
    const sorted = [...words].sort((x, y) => (vietnameseSortKey(x) < vietnameseSortKey(y) ? -1 : 1));
    expect(sorted).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ', 'ă', 'â', 'ca', 'da', 'đa', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('gives NFC and NFD forms the same key', () => {
    fc.assert(
      fc.property(phrase, (p) => {
        expect(vietnameseSortKey(p.normalize('NFD'))).toBe(vietnameseSortKey(p));
      }),
    );
  });
});
