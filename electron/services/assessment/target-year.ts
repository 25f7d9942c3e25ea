import type { TargetForYear } from '../../api/schemas/assessment';

export interface YearValue {
  year: number;
  percent: number | null;
  milestone: string | null;
  isTrajectory: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A target's value for a year: the value set for that year (by a document, or on the planner's trajectory); failing
 * that, the point on the straight line between the nearest known values before and after it, marked 'interpolated'
 * so the page can say so. Before the first and after the last known value there is nothing to measure against.
 */
export function targetForYear(values: readonly YearValue[], year: number): TargetForYear {
  const exact = values.find((v) => v.year === year && (v.percent !== null || v.milestone !== null));
  if (exact) {
    return { percent: exact.percent, milestone: exact.milestone, source: exact.isTrajectory ? 'trajectory' : 'target', fromYear: null, toYear: null };
  }
  const known = values.filter((v) => v.percent !== null).sort((a, b) => a.year - b.year);
  const before = known.filter((v) => v.year < year).at(-1);
  const after = known.find((v) => v.year > year);
  if (!before || !after) return { percent: null, milestone: null, source: 'none', fromYear: null, toYear: null };
  const share = (year - before.year) / (after.year - before.year);
  const percent = round2(before.percent! + (after.percent! - before.percent!) * share);
  return { percent, milestone: null, source: 'interpolated', fromYear: before.year, toYear: after.year };
}

export interface TrajectoryPoint {
  year: number;
  percent: number;
  from: number;
  to: number;
  /** The trajectory value the suggestion would replace, if any. */
  replaces: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The straight line from each known value to the next, one value a year, rounded to 0.1 point: a suggestion the
 * planner accepts or edits. Years already set are anchors and kept, unless `replaceTrajectory`, when only values
 * set by documents anchor the line and the planner's own trajectory years are recomputed. `start` adds an anchor
 * (e.g. the attainment measured in the latest year) for targets that have only a final value.
 */
export function suggestTrajectory(
  values: readonly YearValue[],
  options: { replaceTrajectory: boolean; start?: { year: number; percent: number } | undefined },
): TrajectoryPoint[] {
  const anchors = values
    .filter((v) => v.percent !== null && (!options.replaceTrajectory || !v.isTrajectory))
    .map((v) => ({ year: v.year, percent: v.percent! }));
  if (options.start && !anchors.some((a) => a.year === options.start!.year)) anchors.push(options.start);
  anchors.sort((a, b) => a.year - b.year);
  const points: TrajectoryPoint[] = [];
  for (let i = 1; i < anchors.length; i += 1) {
    const from = anchors[i - 1]!;
    const to = anchors[i]!;
    for (let year = from.year + 1; year < to.year; year += 1) {
      const existing = values.find((v) => v.year === year);
      if (existing && !(options.replaceTrajectory && existing.isTrajectory)) continue;
      const percent = round1(from.percent + ((to.percent - from.percent) * (year - from.year)) / (to.year - from.year));
      points.push({ year, percent, from: from.year, to: to.year, replaces: existing?.percent ?? null });
    }
  }
  return points;
}
