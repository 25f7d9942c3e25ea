import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, formatCellValue, parseCellText } from '../../../renderer/components/grid/cell-text';
import { filterChoices, matchChoice } from '../../../renderer/components/grid/choice-match';

const types = [
  { value: 'CD', label: 'Trường cao đẳng' },
  { value: 'TC', label: 'Trường trung cấp' },
  { value: 'TTGDNN', label: 'Trung tâm giáo dục nghề nghiệp' },
  { value: 'TTGDNN_GDTX', label: 'Trung tâm GDNN - GDTX' },
];

describe('cells read by kind', () => {
  it('reads counts typed the Vietnamese or the plain way, and refuses words', () => {
    const rules = { kind: 'integer' as const, header: 'Nhà giáo', min: 0 };
    expect(parseCellText(rules, '1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCellText(rules, '1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseCellText(rules, ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseCellText(rules, '')).toEqual({ ok: true, value: null });
    expect(parseCellText(rules, 'abc')).toEqual({ ok: false, reason: '"abc" không phải là số' });
    expect(parseCellText(rules, '-3')).toEqual({ ok: false, reason: 'Giá trị phải từ 0 trở lên' });
    expect(parseCellText({ ...rules, required: true }, ' ')).toEqual({ ok: false, reason: 'Nhà giáo không được để trống' });
  });

  it('reads decimals, percents, money in triệu đồng, dates and years', () => {
    expect(parseCellText({ kind: 'decimal', header: 'x' }, '1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseCellText({ kind: 'percent', header: 'x' }, '45,5%')).toEqual({ ok: true, value: 45.5 });
    expect(parseCellText({ kind: 'money', header: 'x' }, '1.234,5')).toEqual({ ok: true, value: 1_234_500_000 });
    expect(parseCellText({ kind: 'date', header: 'x' }, '05/02/2026')).toEqual({ ok: true, value: '2026-02-05' });
    expect(parseCellText({ kind: 'date', header: 'x' }, '31/02/2026').ok).toBe(false);
    expect(parseCellText({ kind: 'year', header: 'x' }, '1850')).toEqual({ ok: false, reason: 'Giá trị phải từ 1900 trở lên' });
  });

  it('finds a choice by its label without diacritics, by its code, or by a unique part', () => {
    const rules = { kind: 'choice' as const, header: 'Loại hình', choices: types };
    expect(parseCellText(rules, 'truong trung cap')).toEqual({ ok: true, value: 'TC' });
    expect(parseCellText(rules, 'TRƯỜNG CAO ĐẲNG'.normalize('NFD'))).toEqual({ ok: true, value: 'CD' });
    expect(parseCellText(rules, 'cd')).toEqual({ ok: true, value: 'CD' });
    expect(parseCellText(rules, 'gdtx')).toEqual({ ok: true, value: 'TTGDNN_GDTX' });
    expect(parseCellText(rules, 'Trung tâm')).toEqual({ ok: false, reason: '"Trung tâm" khớp nhiều lựa chọn của Loại hình' });
    expect(parseCellText(rules, 'Học viện')).toEqual({ ok: false, reason: '"Học viện" không có trong danh sách Loại hình' });
    expect(matchChoice('', types)).toEqual({ ok: false, reason: 'none' });
    expect(filterChoices('trung', types).map((c) => c.value)).toEqual(['TTGDNN', 'TTGDNN_GDTX', 'TC']);
  });

  it('reads yes/no words with or without diacritics', () => {
    expect(parseCellText({ kind: 'yesno', header: 'x' }, 'co')).toEqual({ ok: true, value: 1 });
    expect(parseCellText({ kind: 'yesno', header: 'x' }, 'Không')).toEqual({ ok: true, value: 0 });
    expect(parseCellText({ kind: 'yesno', header: 'x' }, 'x')).toEqual({ ok: true, value: 1 });
  });

  it('shows figures the Vietnamese way and copies them plainly', () => {
    expect(formatCellValue({ kind: 'integer', header: 'x' }, 1234567)).toBe('1.234.567');
    expect(cellText({ kind: 'integer', header: 'x' }, 1234567)).toBe('1234567');
    expect(formatCellValue({ kind: 'money', header: 'x' }, 1_234_500_000)).toBe('1.234,5');
    expect(cellText({ kind: 'money', header: 'x' }, 1_234_500_000)).toBe('1234,5');
    expect(formatCellValue({ kind: 'year', header: 'x' }, 2025)).toBe('2025');
    expect(formatCellValue({ kind: 'choice', header: 'x', choices: types }, 'TC')).toBe('Trường trung cấp');
    expect(formatCellValue({ kind: 'date', header: 'x' }, '2026-02-05')).toBe('05/02/2026');
  });

  it('reads back exactly what it copies (property)', () => {
    const cases = fc.oneof(
      fc.record({ kind: fc.constant('integer' as const), value: fc.integer({ min: -1e12, max: 1e12 }) }),
      fc.record({ kind: fc.constant('decimal' as const), value: fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000) }),
      fc.record({ kind: fc.constant('money' as const), value: fc.integer({ min: 0, max: 1e12 }).map((n) => n * 1000) }),
      fc.record({ kind: fc.constant('choice' as const), value: fc.constantFrom(...types.map((t) => t.value)) }),
      fc.record({ kind: fc.constant('date' as const), value: fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }),
    );
    fc.assert(
      fc.property(cases, ({ kind, value }) => {
        const rules = { kind, header: 'x', choices: types };
        expect(parseCellText(rules, cellText(rules, value))).toEqual({ ok: true, value });
      }),
      { numRuns: 500 },
    );
  });
});
