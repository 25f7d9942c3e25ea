import type { CapitalMeasure } from '../../api/schemas/capital';
import type { CheckLink } from '../../api/schemas/submission';

// WHERE EACH PRE-FLIGHT CHECK IS FIXED, in one place: every route and query parameter a check or item links to is
// built here, and each destination page reads exactly these names (Settings ?field, Targets ?tab&year&institution
// &state&target, Capital ?tab&year&measure&project&projectCode&source&kind, Roadmap ?status&year&milestone).
// Records are named by id, the key the pages filter on; the code only labels a filter tag. Keep the page readers
// in step (tests/unit/submission-links.test.ts reads each link back with the page's own reader).

type Params = Record<string, string | number | readonly (string | number)[] | undefined>;

export function linkTo(route: string, params: Params = {}): CheckLink {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) out[key] = value.join(',');
    } else out[key] = String(value);
  }
  return { route, params: out };
}

export const fixLinks = {
  /** Settings with these profile fields highlighted and the first one focused. */
  settings: (fields: readonly string[]) => linkTo('/settings', { field: fields }),
  /** A step of this page's wizard, optionally on one narrative section. */
  submission: (year: number, step: string, section?: string) => linkTo('/submission', { year, step, section }),
  /** The year's assessment grid: every institution whose return is not approved, or one institution. */
  assessment: (year: number, on: { institutionId?: number | undefined; notApproved?: boolean } = {}) =>
    linkTo('/targets', { tab: 'assessment', year, institution: on.institutionId, state: on.notApproved ? 'notApproved' : undefined }),
  /** Which institutions lack figures in the year. */
  completeness: (year: number) => linkTo('/targets', { tab: 'completeness', year }),
  /** The targets list, or one target's editor opened on the year. */
  targetEditor: (year: number, targetId?: number) => linkTo('/targets', { tab: 'targets', year, target: targetId }),
  /** Province attainment of the year with one target's row marked and its chart shown. */
  attainment: (year: number, targetId?: number) => linkTo('/targets', { tab: 'attainment', year, target: targetId }),
  /** The capital checks of the year's plan period, optionally of one kind only. */
  capitalChecks: (year: number, kind?: string) => linkTo('/capital', { tab: 'checks', year, kind }),
  /** The annual matrix of the period holding `year`, on one project (and source) in the given measure. */
  capitalMatrix: (year: number, measure: CapitalMeasure, on: { projectId?: number | undefined; projectCode?: string; source?: string } = {}) =>
    linkTo('/capital', {
      tab: 'annual',
      year,
      measure,
      project: on.projectId,
      projectCode: on.projectId === undefined ? undefined : on.projectCode,
      source: on.source,
    }),
  /** Milestones due by `year` with no status (derived or set by hand). */
  unjudgedMilestones: (year: number) => linkTo('/roadmap', { status: 'none', year }),
  /** One milestone's panel. */
  milestone: (id: number) => linkTo('/roadmap', { milestone: id }),
};
