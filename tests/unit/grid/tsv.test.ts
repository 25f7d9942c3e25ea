import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv, serialiseTsv } from '../../../renderer/components/grid/tsv';

describe('clipboard TSV', () => {
  it('reads what Excel puts on the clipboard: tabs, CRLF, a trailing line break', () => {
    expect(parseTsv('1.234\tabc\r\n5\t6\r\n')).toEqual([
      ['1.234', 'abc'],
      ['5', '6'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('x\t\ty\r\n')).toEqual([['x', '', 'y']]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes, as Excel and LibreOffice write them', () => {
    expect(parseTsv('"Dòng 1\nDòng 2"\t7\r\n"có ""ngoặc"""\t"a\tb"\r\n')).toEqual([
      ['Dòng 1\nDòng 2', '7'],
      ['có "ngoặc"', 'a\tb'],
    ]);
  });

  it('keeps a quote that does not close a quoted cell as an ordinary character', () => {
    expect(parseTsv('"abc\t1\r\n')).toEqual([['"abc', '1']]);
    expect(parseTsv('"a"b\t2')).toEqual([['"a"b', '2']]);
    expect(parseTsv('5" màn hình\t3')).toEqual([['5" màn hình', '3']]);
  });

  it('writes cells Excel reads back: quotes only where needed, CRLF after every row', () => {
    expect(serialiseTsv([['a', 'b c'], ['1', 'x\ty']])).toBe('a\tb c\r\n1\t"x\ty"\r\n');
    expect(serialiseTsv([['say "hi"']])).toBe('"say ""hi"""\r\n');
  });

  it('round-trips any block of cells (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', '1', '.', ',', ' ', '\t', '\n', '\r', '"', '=', 'x') });
    const block = fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(block, (rows) => {
        expect(parseTsv(serialiseTsv(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary clipboard text, and every row it reads has at least one cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\t', '\n', '\r', '"', ' ') }), (text) => {
        const rows = parseTsv(text);
        expect(rows.every((row) => row.length >= 1)).toBe(true);
      }),
    );
  });
});
