import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../electron/services/consolidation/figures';
import { fixtureSnapshot } from '../integration/data-package-fixture';

// What a package contributes to the national roll-up: sums only, numerators and denominators kept apart.

describe('figures read from a package', () => {
  const snapshot = fixtureSnapshot({
    province: 'Tuyên Quang',
    year: 2026,
    predecessors: ['Hà Giang', 'Hà Giang'],
    institutions: { CD: 2, TTGDNN: 1 },
    targets: [
      { code: 'a1', numerator: 12, denominator: 30, counted: 2 },
      { code: 'a2', numerator: null, denominator: null },
      { code: 'TQ-1', numerator: 5, denominator: 10, scope: 'provincial' },
    ],
    projects: [
      { code: 'P1', plannedThisYearDong: 700, disbursedThisYearDong: 300, fundingGapDong: 50 },
      { code: 'P2', plannedThisYearDong: 100, disbursedThisYearDong: 0, fundingGapDong: 0 },
    ],
    allocations: [
      { projectCode: 'P1', year: 2026, sourceCode: 'NSTW', plannedDong: 500, adjustedDong: 600, disbursedDong: 300 },
      { projectCode: 'P2', year: 2026, sourceCode: 'NSTW', plannedDong: 100, disbursedDong: 0 },
      { projectCode: 'P1', year: 2025, sourceCode: 'NSDP', plannedDong: 200, disbursedDong: 200 },
    ],
    participants: 75,
  });
  const figures = figuresOf(snapshot);
  const value = (figure: string, key: string, year = 2026) => figures.find((f) => f.figure === figure && f.key === key && f.year === year)?.value;

  it('keeps the totals of the year, with the number of projects', () => {
    expect(value('totals', 'institutionsActive')).toBe(3);
    expect(value('totals', 'projects')).toBe(2);
    expect(value('totals', 'plannedThisYearDong')).toBe(800);
    expect(value('totals', 'disbursedThisYearDong')).toBe(300);
    expect(value('totals', 'fundingGapDong')).toBe(50);
    expect(value('totals', 'participants')).toBe(75);
  });

  it('keeps numerators and denominators of measured national percentage targets only', () => {
    expect([value('target.numerator', 'a1'), value('target.denominator', 'a1'), value('target.counted', 'a1')]).toEqual([12, 30, 2]);
    expect(value('target.numerator', 'a2')).toBeUndefined();
    expect(value('target.numerator', 'TQ-1')).toBeUndefined();
    expect(figures.some((f) => f.figure.includes('attainment'))).toBe(false);
  });

  it('sums capital by source and year, the adjusted plan falling back to the plan', () => {
    expect([value('capital.planned', 'NSTW'), value('capital.adjusted', 'NSTW'), value('capital.disbursed', 'NSTW')]).toEqual([600, 700, 300]);
    expect([value('capital.planned', 'NSDP', 2025), value('capital.adjusted', 'NSDP', 2025)]).toEqual([200, 200]);
  });

  it('counts institutions by type and records each declared predecessor once', () => {
    expect([value('institutions.byType', 'CD'), value('institutions.byType', 'TTGDNN')]).toEqual([2, 1]);
    expect(figures.filter((f) => f.figure === 'province.predecessor')).toEqual([{ figure: 'province.predecessor', key: 'Hà Giang', year: 2026, value: 1 }]);
    // Keys are unique per figure and year: package_figures' primary key.
    expect(new Set(figures.map((f) => `${f.figure}|${f.key}|${f.year}`)).size).toBe(figures.length);
  });
});
