import { describe, expect, it } from 'vitest';
import { formatDate, formatMillions, formatNumber, formatPercent } from '../../electron/api/text/format';

describe('Vietnamese formats', () => {
  it('writes numbers with dot thousands and comma decimals', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('');
  });

  it('shows integer đồng as triệu đồng with up to three decimals', () => {
    expect(formatMillions(12_345_678_900)).toBe('12.345,679');
    expect(formatMillions(1_500_000)).toBe('1,5');
    expect(formatMillions(0)).toBe('0');
  });

  it('writes dates as dd/mm/yyyy and percentages with a comma', () => {
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate('2025-07-01T08:00:00+07:00')).toBe('01/07/2025');
    expect(formatPercent(52.25)).toBe('52,3%');
  });
});
