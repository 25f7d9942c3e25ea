import type { ReadinessBand } from '../../../electron/api/schemas/dashboard';

// Where each tile and chart element opens, filtered to what was clicked. The pages behind read these query
// parameters (HashRouter: #/targets?tab=attainment&year=2026); keep both sides in step.

const query = (params: Record<string, string | number | (string | number)[] | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const links = {
  attainment: (year: number, targetId?: number) => `/targets${query({ tab: 'attainment', year, target: targetId })}`,
  trajectories: (targetId?: number) => `/targets${query({ tab: 'trajectories', target: targetId })}`,
  completeness: (year: number) => `/targets${query({ tab: 'completeness', year })}`,
  /** The annual matrix of the plan period holding `year`, on the project-source rows short of capital in `years`. */
  gap: (years: readonly number[], year: number) => `/capital${query({ tab: 'annual', measure: 'allocated', year, gapYear: [...years] })}`,
  disbursement: (year: number) => `/capital${query({ tab: 'annual', measure: 'disbursed', year })}`,
  capitalSource: (year: number, sourceCode: string) => `/capital${query({ tab: 'annual', measure: 'allocated', year, source: sourceCode })}`,
  milestones: (status: 'at_risk' | 'missed') => `/roadmap${query({ status })}`,
  readiness: (year: number, band: ReadinessBand) => `/institutions${query({ readiness: band, readinessYear: year })}`,
};
