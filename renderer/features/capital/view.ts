import type { CapitalMeasure } from '../../../electron/api/schemas/capital';

// What the capital page shows: the period's years, the measure of the annual matrix, its filters. Charts and the
// checks list change it to open the grid on what was clicked ("drill").

export type Filters = Record<string, (string | number)[]>;

export interface Period {
  code: string;
  startYear: number;
  endYear: number;
}

export interface Drill {
  filters: Filters;
  measure?: CapitalMeasure;
  /** A year the drill is about: the page moves to the period holding it. */
  year?: number;
  /** How the filter tag names a project filter (its code), where the filter holds an id. */
  label?: string;
}

export type OnDrill = (drill: Drill) => void;

/** The period holding a year, else the nearest one. */
export function periodOf(periods: readonly Period[], year: number): Period | undefined {
  return periods.find((p) => year >= p.startYear && year <= p.endYear) ?? (year < (periods[0]?.startYear ?? 0) ? periods[0] : periods.at(-1));
}

export const yearsOf = (period: Period) => Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
