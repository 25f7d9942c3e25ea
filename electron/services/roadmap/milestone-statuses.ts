import type { Sqlite } from '../../../db/client';
import { attainmentSums } from '../../../db/queries/attainment';
import { targetsWithValues } from '../../../db/queries/assessment-targets';
import { listIndicators } from '../../../db/queries/assessment-values';
import { linkedProjects, milestoneLinks } from '../../../db/queries/roadmap-status';
import type { DerivedStatus, HandStatus } from '../../api/schemas/roadmap';
import { measureOf } from '../assessment/attainment';
import { targetForYear } from '../assessment/target-year';
import type { YearValue } from '../targets/projection';
import { deriveStatus, type StatusLink } from './derive-status';

const FIRST_YEAR = 2020;

/** A year alone means the end of that year (the year still counted as current); a date is taken as is. */
export function asOfDate(asOf: number | string): string {
  return typeof asOf === 'number' ? `${asOf}-12-31` : asOf.slice(0, 10);
}

/**
 * The derived status of every milestone (or of `ids` only), keyed by milestone id. `asOf` is an ISO date
 * (yyyy-mm-dd, e.g. the host clock's today) or a year (read as 31 December of it). Attainment counts every entered
 * figure, approved or not, as the assessment pages do by default.
 */
export function milestoneStatuses(sqlite: Sqlite, asOf: number | string, ids?: readonly number[]): Map<number, DerivedStatus> {
  const date = asOfDate(asOf);
  const year = Number(date.slice(0, 4));
  const links = milestoneLinks(sqlite, ids);
  const targets = targetFacts(sqlite, new Set(links.flatMap((l) => (l.targetId === null ? [] : [l.targetId]))), year);
  const projects = new Map(linkedProjects(sqlite, year).map((p) => [p.id, p]));
  const result = new Map<number, DerivedStatus>();
  for (const m of links) {
    let link: StatusLink = { kind: 'none' };
    const target = m.targetId === null ? undefined : targets.get(m.targetId);
    const project = m.projectId === null ? undefined : projects.get(m.projectId);
    if (target) {
      const goal = target.values === null ? null : targetForYear(target.values, m.year).percent;
      link = { kind: 'target', target: { code: target.code, kind: target.kind, measurable: target.measurable, goal, actuals: target.actuals } };
    } else if (project) {
      link = { kind: 'project', project };
    }
    const milestone = { year: m.year, handStatus: m.status as HandStatus | null, handNote: m.statusNote };
    result.set(m.id, deriveStatus({ milestone, link, asOf: date }));
  }
  return result;
}

interface TargetSeries {
  code: string;
  kind: 'percent' | 'milestone';
  measurable: boolean;
  values: Parameters<typeof targetForYear>[0] | null;
  actuals: YearValue[];
}

/** Σ numerator / Σ denominator by year for the linked targets only (the national file has thousands of institutions). */
function targetFacts(sqlite: Sqlite, ids: ReadonlySet<number>, toYear: number): Map<number, TargetSeries> {
  const result = new Map<number, TargetSeries>();
  if (ids.size === 0) return result;
  const indicators = new Map(listIndicators(sqlite).map((i) => [i.code, i]));
  for (const target of targetsWithValues(sqlite)) {
    if (!ids.has(target.id)) continue;
    const measure = measureOf(target, indicators);
    const actuals = measure.formula
      ? attainmentSums(sqlite, measure.formula, { fromYear: FIRST_YEAR, toYear, approvedOnly: false })
          .filter((s) => s.denominator > 0)
          // Unrounded, as the assessment judges a gap: 69,996 % against 70 % is short, not met.
          .map((s) => ({ year: s.year, value: (s.numerator / s.denominator) * 100 }))
      : [];
    result.set(target.id, { code: target.code, kind: target.kind, measurable: measure.formula !== null, values: target.values, actuals });
  }
  return result;
}
