import type { Sqlite } from '../../../db/client';
import { type TargetWithValues, targetsWithValues } from '../../../db/queries/assessment-targets';
import { type IndicatorDef, listIndicators } from '../../../db/queries/assessment-values';
import type { AttainmentSeries } from '../../api/schemas/assessment';
import type { Trajectories, Trajectory } from '../../api/schemas/dashboard';
import { attainmentSeriesFor, measureOf } from '../assessment/attainment';
import { targetForYear } from '../assessment/target-year';
import { projectAttainment } from '../targets/projection';

/** The programme's horizon: Decision 2222 sets its targets "to 2025, orientation to 2030". */
export const PROGRAMME_END = 2030;
export const PROGRAMME_START = 2022;

const round2 = (x: number) => Math.round(x * 100) / 100;

interface Pair {
  national: TargetWithValues | null;
  provincial: TargetWithValues | null;
}

/**
 * One trajectory per target the province answers for: a provincial target together with the national one it
 * refines, or a national target the province has not refined. A national target refined twice appears twice.
 */
export function pairTargets(targets: readonly TargetWithValues[]): Pair[] {
  const national = new Map(targets.filter((t) => t.scope === 'national').map((t) => [t.code, t]));
  const refined = new Set(targets.flatMap((t) => (t.scope === 'provincial' && t.nationalTargetCode && national.has(t.nationalTargetCode) ? [t.nationalTargetCode] : [])));
  const pairs: Pair[] = [];
  for (const t of targets) {
    if (t.scope === 'provincial') pairs.push({ national: (t.nationalTargetCode && national.get(t.nationalTargetCode)) || null, provincial: t });
    else if (!refined.has(t.code)) pairs.push({ national: t, provincial: null });
  }
  return pairs;
}

type Measured = { target: TargetWithValues } | { reason: Trajectories['unmeasured'][number]['reason'] };

/** The target whose formula gives the actual attainment: the province's own, failing that the national one. */
function measuredBy(pair: Pair, indicators: ReadonlyMap<string, IndicatorDef>): Measured {
  const governing = (pair.provincial ?? pair.national)!;
  const own = measureOf(governing, indicators);
  if (own.formula) return { target: governing };
  if (pair.provincial && pair.national && governing.kind === 'percent' && measureOf(pair.national, indicators).formula) return { target: pair.national };
  return { reason: own.notMeasured! };
}

/** National and provincial target values, actual attainment and its projection to 2030, for every target the province answers for. */
export function buildTrajectories(sqlite: Sqlite, options: { approvedOnly: boolean; fromYear?: number; toYear?: number }): Trajectories {
  const fromYear = Math.min(options.fromYear ?? PROGRAMME_START, PROGRAMME_START);
  const toYear = Math.max(options.toYear ?? PROGRAMME_END, PROGRAMME_END);
  const indicators = new Map(listIndicators(sqlite).map((i) => [i.code, i]));
  const series = attainmentSeriesFor(sqlite, fromYear, toYear, options.approvedOnly);
  const result: Trajectories = { fromYear, toYear, approvedOnly: options.approvedOnly, targets: [], unmeasured: [] };
  for (const pair of pairTargets(targetsWithValues(sqlite))) {
    const governing = (pair.provincial ?? pair.national)!;
    const measured = measuredBy(pair, indicators);
    if ('reason' in measured) {
      result.unmeasured.push({ code: governing.code, nameVi: governing.nameVi, nameEn: governing.nameEn, reason: measured.reason });
      continue;
    }
    const actuals = series.targets.find((s) => s.targetId === measured.target.id);
    result.targets.push(trajectoryOf(pair, governing, actuals, series.years));
  }
  return result;
}

export function trajectoryOf(
  pair: Pair,
  governing: TargetWithValues,
  actuals: AttainmentSeries['targets'][number] | undefined,
  years: readonly number[],
): Trajectory {
  const actualOf = new Map((actuals?.points ?? []).map((p) => [p.year, p.percent]));
  const known = years.flatMap((year) => {
    const value = actualOf.get(year);
    return value === null || value === undefined ? [] : [{ year, value }];
  });
  const projection = projectAttainment(known, PROGRAMME_END);
  const lastYear = projection.basis.at(-1)?.year ?? null;
  const projected = new Map<number, number>();
  // The dashed line starts on the trend's own value in the last measured year, so it is one straight line.
  if (lastYear !== null) {
    for (let year = lastYear; year <= PROGRAMME_END; year += 1) {
      const value = projectAttainment(known, year).value;
      if (value !== null) projected.set(year, round2(value));
    }
  }
  const points = years.map((year) => {
    const national = pair.national ? targetForYear(pair.national.values, year) : null;
    const provincial = pair.provincial ? targetForYear(pair.provincial.values, year) : null;
    return {
      year,
      actual: actualOf.get(year) ?? null,
      national: national?.percent ?? null,
      nationalSource: national?.source ?? 'none',
      provincial: provincial?.percent ?? null,
      provincialSource: provincial?.source ?? 'none',
      projected: projected.get(year) ?? null,
    };
  });
  const target2030 = goal2030(pair);
  return {
    targetId: governing.id,
    code: governing.code,
    groupCode: governing.groupCode,
    nameVi: governing.nameVi,
    nameEn: governing.nameEn,
    national: pair.national ? { targetId: pair.national.id, code: pair.national.code } : null,
    provincial: pair.provincial ? { targetId: pair.provincial.id, code: pair.provincial.code } : null,
    points,
    projection: {
      value: projection.value === null ? null : round2(projection.value),
      method: projection.method,
      slopePerYear: projection.slopePerYear === null ? null : round2(projection.slopePerYear),
      basisYears: projection.basis.map((b) => b.year),
    },
    target2030,
    // Compared unrounded: 99,996 % projected against 100 % still misses.
    flag:
      projection.value === null || target2030.percent === null
        ? null
        : { misses: projection.value < target2030.percent, shortBy: round2(Math.max(0, target2030.percent - projection.value)) },
  };
}

/** The 2030 value the province answers for: its own target's, else the nation's. */
function goal2030(pair: Pair): Trajectory['target2030'] {
  const provincial = pair.provincial ? targetForYear(pair.provincial.values, PROGRAMME_END).percent : null;
  if (provincial !== null) return { percent: provincial, scope: 'provincial' };
  const national = pair.national ? targetForYear(pair.national.values, PROGRAMME_END).percent : null;
  return national !== null ? { percent: national, scope: 'national' } : { percent: null, scope: null };
}

/** The value a trajectory's target has in a year: the province's own where set, else the nation's. */
export function goalOf(point: Trajectory['points'][number]): number | null {
  return point.provincial ?? point.national;
}
