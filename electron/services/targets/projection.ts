/** One year's attainment of a percentage target, in percent (0–100). */
export interface YearValue {
  year: number;
  value: number;
}

export interface Projection {
  /** Projected attainment in the asked year, clamped to 0–100; null when there is no actual figure at all. */
  value: number | null;
  /** The actual years the projection rests on, oldest first. */
  basis: YearValue[];
  /** Percentage points gained per year; 0 when one year is all there is (the figure is carried forward). */
  slopePerYear: number | null;
  method: 'linear' | 'carried' | 'none';
}

// Three recent years: enough to see a direction, few enough that 2022's start-up figures stop weighing on 2030.
// Assessment data begins in 2022, so a longer window would mostly mean the same points.
export const PROJECTION_WINDOW_YEARS = 3;

/**
 * Projects a target's attainment to a later year by a least-squares line through the most recent actual years.
 * Deliberately simple and explainable on screen ("+4.2 points a year since 2024"): planners must be able to redo it
 * by hand. A percentage cannot leave 0–100, so the line is clamped rather than allowed to promise 130 %.
 */
export function projectAttainment(actuals: readonly YearValue[], toYear: number, window = PROJECTION_WINDOW_YEARS): Projection {
  const known = actuals.filter((a) => Number.isFinite(a.value) && a.year <= toYear).sort((a, b) => a.year - b.year);
  const basis = known.slice(-window);
  const last = basis.at(-1);
  if (!last) return { value: null, basis: [], slopePerYear: null, method: 'none' };
  if (basis.length === 1) return { value: clampPercent(last.value), basis, slopePerYear: 0, method: 'carried' };
  const meanYear = basis.reduce((sum, p) => sum + p.year, 0) / basis.length;
  const meanValue = basis.reduce((sum, p) => sum + p.value, 0) / basis.length;
  const spread = basis.reduce((sum, p) => sum + (p.year - meanYear) ** 2, 0);
  const slope = basis.reduce((sum, p) => sum + (p.year - meanYear) * (p.value - meanValue), 0) / spread;
  const value = meanValue + slope * (toYear - meanYear);
  return { value: clampPercent(value), basis, slopePerYear: slope, method: 'linear' };
}

export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
