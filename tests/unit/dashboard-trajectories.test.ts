import { describe, expect, it } from 'vitest';
import type { TargetWithValues } from '../../db/queries/assessment-targets';
import { pairTargets, trajectoryOf } from '../../electron/services/dashboard/trajectories';

// Trajectories on cases worked out by hand: the pairing of national and provincial targets, the target lines, the
// least-squares projection through the last three measured years and the 2030 flag.

let nextId = 1;
const target = (code: string, scope: 'national' | 'provincial', values: [number, number, boolean?][], national: string | null = null): TargetWithValues => {
  const id = nextId++;
  return {
    id,
    code,
    groupCode: code[0]!,
    scope,
    kind: 'percent',
    subject: 'institutions',
    nameVi: code,
    nameEn: code,
    sourceDocument: '',
    confidence: null,
    numeratorIndicator: 'n',
    denominatorIndicator: 'd',
    nationalTargetCode: national,
    linkedMilestones: 0,
    values: values.map(([year, percent, isTrajectory], i) => ({ id: id * 100 + i, targetId: id, year, percent, milestone: null, isTrajectory: isTrajectory ?? false })),
  };
};
const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
const series = (targetId: number, actuals: Record<number, number>) => ({
  targetId,
  code: '',
  nameVi: '',
  nameEn: '',
  points: years.map((year) => ({ year, percent: actuals[year] ?? null, target: null, targetSource: 'none' as const })),
});

describe('pairing', () => {
  it('puts a provincial target with the national one it refines, and keeps national targets nobody refined', () => {
    const a1 = target('a1', 'national', []);
    const a2 = target('a2', 'national', []);
    const a1p = target('a1_tinh', 'provincial', [], 'a1');
    const own = target('x_tinh', 'provincial', [], null);
    const pairs = pairTargets([a1, a1p, a2, own]);
    expect(pairs.map((p) => [p.national?.code ?? null, p.provincial?.code ?? null])).toEqual([
      ['a1', 'a1_tinh'],
      ['a2', null],
      [null, 'x_tinh'],
    ]);
  });
});

describe('one trajectory', () => {
  it('projects 20, 30, 40 (2024–2026) to 80 % in 2030 and flags 20 points short of the province’s 100 %', () => {
    const national = target('b2', 'national', [[2025, 50], [2030, 90]]);
    const provincial = target('b2_tinh', 'provincial', [[2025, 60], [2027, 80, true], [2030, 100]], 'b2');
    const t = trajectoryOf({ national, provincial }, provincial, series(provincial.id, { 2022: 5, 2024: 20, 2025: 30, 2026: 40 }), years);
    // Least squares through (2024, 20), (2025, 30), (2026, 40): slope 10, so 40 + 10 × 4 = 80 in 2030.
    expect(t.projection).toEqual({ value: 80, method: 'linear', slopePerYear: 10, basisYears: [2024, 2025, 2026] });
    expect(t.target2030).toEqual({ percent: 100, scope: 'provincial' });
    expect(t.flag).toEqual({ misses: true, shortBy: 20 });
    const at = (year: number) => t.points.find((p) => p.year === year)!;
    // The dashed line starts on the trend in the last measured year and runs to 2030.
    expect(t.points.map((p) => p.projected)).toEqual([null, null, null, null, 40, 50, 60, 70, 80]);
    expect(at(2023).actual).toBeNull();
    // National: 50 → 90 between 2025 and 2030, 8 points a year, interpolated in between.
    expect([at(2026).national, at(2026).nationalSource, at(2024).national]).toEqual([58, 'interpolated', null]);
    // Provincial: the planner's 2027 trajectory value, 70 interpolated for 2026.
    expect([at(2027).provincial, at(2027).provincialSource, at(2026).provincial]).toEqual([80, 'trajectory', 70]);
  });

  it('carries a single year forward and, against the national 2030 value, meets it when it is reached', () => {
    const national = target('c2', 'national', [[2030, 60]]);
    const t = trajectoryOf({ national, provincial: null }, national, series(national.id, { 2026: 64 }), years);
    expect(t.projection).toEqual({ value: 64, method: 'carried', slopePerYear: 0, basisYears: [2026] });
    expect(t.target2030).toEqual({ percent: 60, scope: 'national' });
    expect(t.flag).toEqual({ misses: false, shortBy: 0 });
  });

  it('has no projection and no flag without figures, and no flag without a 2030 value', () => {
    const bare = target('d1', 'national', [[2030, 100]]);
    expect(trajectoryOf({ national: bare, provincial: null }, bare, undefined, years)).toMatchObject({ projection: { value: null, method: 'none' }, flag: null });
    const no2030 = target('d2', 'national', [[2025, 50]]);
    expect(trajectoryOf({ national: no2030, provincial: null }, no2030, series(no2030.id, { 2025: 40 }), years)).toMatchObject({
      target2030: { percent: null, scope: null },
      flag: null,
    });
  });
});
