import type { CapitalMeasure } from '../../../electron/api/schemas/capital';
import type { Filters } from './view';

// What a link opens the capital page on, read once when it opens:
// #/capital?tab=annual&year=2026&measure=allocated&source=NSTW&gapYear=2027,2028 (the dashboard) and
// #/capital?tab=annual&year=2025&measure=allocated&project=12&projectCode=DA-01&source=NSĐP, #/capital?tab=checks&kind=fundingGap
// (the submission's pre-flight). `projectCode` only names the project's filter tag.

export const CAPITAL_TABS = ['annual', 'medium', 'checks', 'versions', 'charts'] as const;
export type CapitalTab = (typeof CAPITAL_TABS)[number];
const MEASURES: readonly string[] = ['planned', 'adjusted', 'allocated', 'disbursed', 'disbursedOn'];

export interface CapitalLink {
  year: number | null;
  tab: CapitalTab | null;
  measure: CapitalMeasure | null;
  filters: Filters;
  /** The project filter's tag text (its code). */
  label: string | null;
  /** The checks tab: the kind of check shown first. */
  kind: string | null;
}

export function capitalLinkOf(params: URLSearchParams): CapitalLink {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const filters: Filters = {};
  const projects = list('project').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (projects.length) filters.projectId = projects;
  if (list('source').length) filters.sourceCode = list('source');
  const gapYears = list('gapYear').map(Number).filter(Number.isInteger);
  if (gapYears.length) filters.gapYear = gapYears;
  const tab = params.get('tab') ?? '';
  const measure = params.get('measure') ?? '';
  return {
    year: Number(params.get('year')) || null,
    tab: (CAPITAL_TABS as readonly string[]).includes(tab) ? (tab as CapitalTab) : null,
    measure: MEASURES.includes(measure) ? (measure as CapitalMeasure) : null,
    filters,
    label: projects.length ? params.get('projectCode') || null : null,
    kind: params.get('kind') || null,
  };
}
