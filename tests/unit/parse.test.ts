import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../electron/api/text/format';
import { parseDate, parseNumber, parseYesNo } from '../../electron/api/text/parse';

const value = (p: { ok: boolean; value?: unknown }) => (p.ok ? p.value : 'ERR');

describe('parsing what people type or paste', () => {
  it('reads counts written the Vietnamese or the English way', () => {
    for (const text of ['1.234', '1,234', '1234', ' 1 234 ', '1.234,0']) expect(value(parseNumber(text, { integer: true })), text).toBe(1234);
    expect(value(parseNumber('1.234.567', { integer: true }))).toBe(1234567);
    expect(value(parseNumber('1,234,567', { integer: true }))).toBe(1234567);
    expect(parseNumber('12,5', { integer: true }).ok).toBe(false);
    expect(parseNumber('-3', { integer: true, min: 0 }).ok).toBe(false);
  });

  it('reads decimals: comma is the Vietnamese decimal mark, the last mark wins when both appear', () => {
    expect(value(parseNumber('1,5'))).toBe(1.5);
    expect(value(parseNumber('1.234,56'))).toBe(1234.56);
    expect(value(parseNumber('1,234.56'))).toBe(1234.56);
    expect(value(parseNumber('12.5'))).toBe(12.5);
    expect(value(parseNumber('45%'))).toBe(45);
    expect(value(parseNumber(''))).toBe(null);
    for (const bad of ['abc', '1.2.3', '1,,2', '--', '12a', '=1+1']) expect(parseNumber(bad).ok, bad).toBe(false);
  });

  it('reads back every number the app itself prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(value(parseNumber(formatNumber(n, 0), { integer: true }))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        expect(value(parseNumber(formatNumber(n, 2)))).toBeCloseTo(n, 6);
      }),
    );
  });

  it('reads dates as dd/mm/yyyy and refuses impossible ones', () => {
    expect(value(parseDate('05/02/2026'))).toBe('2026-02-05');
    expect(value(parseDate('5/2/2026'))).toBe('2026-02-05');
    expect(value(parseDate('2026-02-05'))).toBe('2026-02-05');
    expect(parseDate('31/02/2026').ok).toBe(false);
    expect(parseDate('02/31/2026').ok).toBe(false);
    expect(value(parseDate(''))).toBe(null);
  });

  it('reads yes / no in Vietnamese with or without diacritics', () => {
    for (const yes of ['có', 'Có', 'co', 'x', 'X', '1', 'yes', 'Đạt']) expect(value(parseYesNo(yes)), yes).toBe(1);
    for (const no of ['không', 'Khong', '0', 'no', 'chưa']) expect(value(parseYesNo(no)), no).toBe(0);
    expect(parseYesNo('có lẽ').ok).toBe(false);
    expect(value(parseYesNo(''))).toBe(null);
  });
});
