import type { Sqlite } from '../client';

// Aggregates the capital checks judge (electron/services/capital/checks/*). "Allocated" everywhere is the
// year's figure after adjustment where adjusted, else as first planned: coalesce(adjusted_dong, planned_dong).

const ALLOCATED = 'coalesce(a.adjusted_dong, a.planned_dong)';

export interface ProjectRef {
  projectId: number;
  projectCode: string;
  projectName: string;
  stageCode: string;
}

const PROJECT = 'p.id AS projectId, p.code AS projectCode, p.name AS projectName, st.code AS stageCode';
const JOIN_PROJECT = 'JOIN projects p ON p.id = x.project_id JOIN lifecycle_stages st ON st.id = p.stage_id';

/** Per project and source: allocated over all years against the source's share (null = the project lacks it). */
export function allocatedAgainstShares(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `WITH x AS (SELECT a.project_id, a.source_id, sum(${ALLOCATED}) AS allocated FROM allocations a GROUP BY a.project_id, a.source_id)
       SELECT ${PROJECT}, s.code AS sourceCode, x.allocated AS allocatedDong, f.amount_dong AS shareDong
       FROM x ${JOIN_PROJECT} JOIN capital_sources s ON s.id = x.source_id
       LEFT JOIN project_funding f ON f.project_id = x.project_id AND f.source_id = x.source_id
       WHERE x.allocated > coalesce(f.amount_dong, 0) ORDER BY p.code, s.sort_order`,
    )
    .all() as (ProjectRef & { sourceCode: string; allocatedDong: number; shareDong: number | null })[];
}

/** Per project: allocated over all years and sources against the total investment. */
export function allocatedAgainstTotals(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `WITH x AS (SELECT a.project_id, sum(${ALLOCATED}) AS allocated FROM allocations a GROUP BY a.project_id),
       t AS (SELECT project_id, sum(amount_dong) AS total FROM project_funding GROUP BY project_id)
       SELECT ${PROJECT}, x.allocated AS allocatedDong, coalesce(t.total, 0) AS totalDong
       FROM x ${JOIN_PROJECT} LEFT JOIN t ON t.project_id = x.project_id
       WHERE x.allocated > coalesce(t.total, 0) ORDER BY p.code`,
    )
    .all() as (ProjectRef & { allocatedDong: number; totalDong: number })[];
}

/** Per project, source and period with a medium-term plan: annual allocations of the period beyond it. */
export function allocatedAgainstMediumTerm(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `WITH x AS (
         SELECT a.project_id, a.source_id, pp.id AS period_id, sum(${ALLOCATED}) AS allocated FROM allocations a
         JOIN plan_periods pp ON a.year BETWEEN pp.start_year AND pp.end_year GROUP BY a.project_id, a.source_id, pp.id)
       SELECT ${PROJECT}, s.code AS sourceCode, pp.code AS periodCode, pp.start_year AS startYear, x.allocated AS allocatedDong, m.amount_dong AS mediumTermDong
       FROM x ${JOIN_PROJECT} JOIN capital_sources s ON s.id = x.source_id JOIN plan_periods pp ON pp.id = x.period_id
       JOIN medium_term_allocations m ON m.project_id = x.project_id AND m.source_id = x.source_id AND m.period_id = x.period_id
       WHERE x.allocated > m.amount_dong ORDER BY p.code, s.sort_order, pp.start_year`,
    )
    .all() as (ProjectRef & { sourceCode: string; periodCode: string; startYear: number; allocatedDong: number; mediumTermDong: number })[];
}

/** Per project and source: the medium-term plans of every period together against the source's share. */
export function mediumTermAgainstShares(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `WITH x AS (SELECT project_id, source_id, sum(amount_dong) AS planned FROM medium_term_allocations GROUP BY project_id, source_id)
       SELECT ${PROJECT}, s.code AS sourceCode, x.planned AS plannedDong, coalesce(f.amount_dong, 0) AS shareDong
       FROM x ${JOIN_PROJECT} JOIN capital_sources s ON s.id = x.source_id
       LEFT JOIN project_funding f ON f.project_id = x.project_id AND f.source_id = x.source_id
       WHERE x.planned > coalesce(f.amount_dong, 0) ORDER BY p.code, s.sort_order`,
    )
    .all() as (ProjectRef & { sourceCode: string; plannedDong: number; shareDong: number })[];
}

/** Capital still allocated to cancelled projects, per year and source. */
export function cancelledAllocations(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT ${PROJECT}, s.code AS sourceCode, a.year, ${ALLOCATED} AS allocatedDong
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       JOIN capital_sources s ON s.id = a.source_id
       WHERE st.code = 'CANCELLED' AND ${ALLOCATED} > 0 ORDER BY p.code, a.year`,
    )
    .all() as (ProjectRef & { sourceCode: string; year: number; allocatedDong: number })[];
}

/** Capital in years outside the project's own start–end years (a late settlement payment, or a slip). */
export function allocationsOutsideProjectYears(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT ${PROJECT}, s.code AS sourceCode, a.year, ${ALLOCATED} AS allocatedDong, p.start_year AS startYear, p.end_year AS endYear
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       JOIN capital_sources s ON s.id = a.source_id
       WHERE (a.year < p.start_year OR a.year > p.end_year) AND ${ALLOCATED} > 0 ORDER BY p.code, a.year`,
    )
    .all() as (ProjectRef & { sourceCode: string; year: number; allocatedDong: number; startYear: number; endYear: number })[];
}

/** Per project with capital in the year: allocated and disbursed over all its sources. */
export function yearDisbursement(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT ${PROJECT}, sum(${ALLOCATED}) AS allocatedDong, sum(a.disbursed_dong) AS disbursedDong, max(a.disbursed_on) AS lastDisbursedOn
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       WHERE a.year = ? GROUP BY p.id HAVING sum(${ALLOCATED}) > 0 ORDER BY p.code`,
    )
    .all(year) as (ProjectRef & { allocatedDong: number; disbursedDong: number; lastDisbursedOn: string | null })[];
}

/** Allocations of the year per project and source, with what priority classification needs. */
export function yearAllocations(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT ${PROJECT}, s.id AS sourceId, s.code AS sourceCode, ${ALLOCATED} AS allocatedDong, p.start_year AS startYear, p.end_year AS endYear
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       JOIN capital_sources s ON s.id = a.source_id WHERE a.year = ? AND ${ALLOCATED} > 0 ORDER BY p.code, s.sort_order`,
    )
    .all(year) as (ProjectRef & { sourceId: number; sourceCode: string; allocatedDong: number; startYear: number; endYear: number })[];
}

/** Projects with ODA in their total investment (their domestic share is counterpart capital). */
export function odaProjectIds(sqlite: Sqlite): Set<number> {
  const rows = sqlite
    .prepare("SELECT f.project_id AS id FROM project_funding f JOIN capital_sources s ON s.id = f.source_id WHERE s.code = 'ODA' AND f.amount_dong > 0")
    .all() as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Lifecycle steps recorded without a complete legal basis. */
export function stepsMissingBasis(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT p.id AS projectId, p.code AS projectCode, p.name AS projectName, ps.code AS stageCode, es.code AS stepCode,
         e.decision_number AS decisionNumber, e.decision_date AS decisionDate, e.issuing_body AS issuingBody
       FROM project_stage_events e JOIN projects p ON p.id = e.project_id JOIN lifecycle_stages es ON es.id = e.stage_id
       JOIN lifecycle_stages ps ON ps.id = p.stage_id
       WHERE e.decision_number IS NULL OR trim(e.decision_number) = '' OR e.decision_date IS NULL OR e.issuing_body IS NULL OR trim(e.issuing_body) = ''
       ORDER BY p.code, es.sort_order`,
    )
    .all() as (ProjectRef & { stepCode: string; decisionNumber: string | null; decisionDate: string | null; issuingBody: string | null })[];
}
