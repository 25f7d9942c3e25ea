import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../electron/api/schemas/dashboard';
import { attainmentTile, capitalTile, disbursementTile, gapByYear, milestoneTile } from '../../electron/services/dashboard/tiles';

// The tiles' figures on small cases worked out by hand.

const point = (year: number, actual: number | null, national: number | null, provincial: number | null): Trajectory['points'][number] => ({
  year,
  actual,
  national,
  nationalSource: national === null ? 'none' : 'target',
  provincial,
  provincialSource: provincial === null ? 'none' : 'trajectory',
  projected: null,
});

const trajectory = (code: string, p2026: Trajectory['points'][number], flag: Trajectory['flag']): Trajectory => ({
  targetId: code.length,
  code,
  groupCode: 'a',
  nameVi: code,
  nameEn: code,
  national: null,
  provincial: null,
  points: [point(2025, 10, 50, null), p2026],
  projection: { value: null, method: 'none', slopePerYear: null, basisYears: [] },
  target2030: { percent: 100, scope: 'national' },
  flag,
});

describe('attainment tile', () => {
  const list = [
    // The province's own 78 % applies, not the nation's 60 %: 74,16 falls short.
    trajectory('a1_tinh', point(2026, 74.16, 60, 78), { misses: false, shortBy: 0 }),
    // Only the national 60 %: 64,76 reaches it. Projected to miss 2030.
    trajectory('a2', point(2026, 64.76, 60, null), { misses: true, shortBy: 12.5 }),
    // No figure in 2026: not judged this year; no projection either.
    trajectory('b1', point(2026, null, 76, null), null),
    // A figure but no value to reach in 2026: not judged this year; reaches 2030.
    trajectory('b2', point(2026, 40, null, null), { misses: false, shortBy: 0 }),
    // Exactly on the value counts as reached.
    trajectory('c2', point(2026, 84, null, 84), { misses: false, shortBy: 0 }),
  ];

  it('counts targets reaching the year’s value among those with both, and those projected to reach 2030', () => {
    expect(attainmentTile(list, 2026)).toEqual({ measured: 5, withTarget: 3, met: 2, with2030: 4, onTrack2030: 3 });
  });

  it('judges nothing in a year outside the trajectories', () => {
    expect(attainmentTile(list, 2031)).toEqual({ measured: 5, withTarget: 0, met: 0, with2030: 4, onTrack2030: 3 });
  });
});

describe('capital tile', () => {
  it('adds need and gap over project-source pairs; covered = need − gap, so one pair’s surplus hides nothing', () => {
    const rows = [
      { needDong: 100e6, gapDong: 0, byYear: new Map<number, number>() }, // fully covered (even over-allocated)
      { needDong: 50e6, gapDong: 20e6, byYear: new Map([[2027, 5e6], [2028, 15e6]]) },
      { needDong: 30e6, gapDong: 30e6, byYear: new Map([[2026, 30e6]]) },
    ];
    expect(capitalTile(rows)).toEqual({ needDong: 180e6, coveredDong: 130e6, gapDong: 50e6, gapYears: [2026, 2027, 2028] });
    expect(gapByYear(rows, [2025, 2026, 2027])).toEqual([
      { year: 2025, gapDong: 0 },
      { year: 2026, gapDong: 30e6 },
      { year: 2027, gapDong: 5e6 },
    ]);
  });
});

describe('disbursement tile', () => {
  it('divides the year’s disbursement by its allocation over all sources: (12 + 1) / (30 + 10) = 32,5 %', () => {
    const cells = [
      { year: 2026, allocatedDong: 30e6, disbursedDong: 12e6 },
      { year: 2026, allocatedDong: 10e6, disbursedDong: 1e6 },
      { year: 2027, allocatedDong: 99e6, disbursedDong: 0 },
    ];
    expect(disbursementTile(cells, 2026)).toEqual({ allocatedDong: 40e6, disbursedDong: 13e6, percent: 32.5 });
    expect(disbursementTile(cells, 2025)).toEqual({ allocatedDong: 0, disbursedDong: 0, percent: null });
  });
});

describe('milestone tile', () => {
  it('counts derived statuses, a null status as not judged', () => {
    const s = (status: 'met' | 'on_track' | 'at_risk' | 'missed' | null) => ({ status, source: 'manual' as const, reason: '' });
    expect(milestoneTile([s('at_risk'), s('at_risk'), s('missed'), s('met'), s(null), s('on_track')])).toEqual({
      total: 6,
      atRisk: 2,
      missed: 1,
      onTrack: 1,
      met: 1,
      unjudged: 1,
    });
  });
});
