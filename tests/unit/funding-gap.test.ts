import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapByYear } from '../../db/queries/funding-gap';

// The pooled, year-ordered funding gap (db/queries/funding-gap.ts) on small cases worked by hand, then its
// invariants on random ones.

const M = 1_000_000;
/** Figures in triệu đồng in and out, as the comments work them. */
const gap = (need: number, allocated: number, startYear: number, endYear: number) => {
  const result = gapByYear({ needDong: need * M, allocatedDong: allocated * M, startYear, endYear });
  return { total: result.totalDong / M, byYear: Object.fromEntries([...result.byYear].map(([y, v]) => [y, v / M])) };
};

describe('gapByYear', () => {
  it('is zero when the allocations cover the need, however they are spread', () => {
    expect(gap(900, 900, 2024, 2026)).toEqual({ total: 0, byYear: {} });
    expect(gap(900, 1_200, 2024, 2026)).toEqual({ total: 0, byYear: {} });
  });

  it('puts what is missing in the last years of the schedule', () => {
    // need 900 over 2024–2026 → 300 a year; allocated 700: cumulative 300, 600 covered, 900 − 700 = 200 in 2026.
    expect(gap(900, 700, 2024, 2026)).toEqual({ total: 200, byYear: { 2026: 200 } });
    // allocated 500: 2025 short by 600 − 500 = 100, 2026 by its whole 300.
    expect(gap(900, 500, 2024, 2026)).toEqual({ total: 400, byYear: { 2025: 100, 2026: 300 } });
    // nothing allocated: every year's share.
    expect(gap(900, 0, 2024, 2026)).toEqual({ total: 900, byYear: { 2024: 300, 2025: 300, 2026: 300 } });
  });

  it('splits in whole triệu with the remainder in the last year', () => {
    // 1.000 over 3 years → 333, 333, 334.
    expect(gap(1_000, 0, 2025, 2027).byYear).toEqual({ 2025: 333, 2026: 333, 2027: 334 });
    // 1.000,5 triệu over 2 years → 500 and 500,5.
    expect(gap(1_000.5, 0, 2025, 2026).byYear).toEqual({ 2025: 500, 2026: 500.5 });
  });

  it('handles a one-year project', () => {
    expect(gap(500, 120, 2026, 2026)).toEqual({ total: 380, byYear: { 2026: 380 } });
  });

  it('always sums to max(0, need − allocated), no year above its share, gaps only in a final run of years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1.2e12 }),
        fc.integer({ min: 2015, max: 2040 }),
        fc.integer({ min: 0, max: 10 }),
        (need, allocated, start, length) => {
          const result = gapByYear({ needDong: need, allocatedDong: allocated, startYear: start, endYear: start + length });
          const years = [...result.byYear.keys()];
          const sum = [...result.byYear.values()].reduce((n, v) => n + v, 0);
          expect(sum).toBe(Math.max(0, need - allocated));
          expect(result.totalDong).toBe(sum);
          const share = Math.floor(need / (length + 1) / M) * M;
          for (const [year, amount] of result.byYear) {
            expect(amount).toBeGreaterThan(0);
            expect(amount).toBeLessThanOrEqual(year === start + length ? need - share * length : share);
          }
          // Contiguous and ending in the last year.
          if (years.length) {
            expect(years.at(-1)).toBe(start + length);
            expect(years).toEqual(years.map((_, i) => years[0]! + i));
          }
        },
      ),
    );
  });
});
