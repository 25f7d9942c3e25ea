import type { Sqlite } from '../client';

// The figures of the investment-plan table of year Y, one row per project: the investment decision, the total
// investment by source, public-investment capital allocated up to the end of Y − 1, the medium-term plan of the
// period holding Y, and the plan for Y. Capital columns count public-investment sources only (NSTW, NSĐP, ODA,
// SN): socialised (XHH) and other money is outside the public investment plan.

export interface PlanTableRow {
  projectId: number;
  code: string;
  name: string;
  location: string | null;
  outputs: string | null;
  notes: string | null;
  stageCode: string;
  startYear: number;
  endYear: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  totalDong: number;
  nstwDong: number;
  nsdpDong: number;
  otherDong: number;
  allocatedBeforeDong: number;
  mediumTermDong: number;
  planYearDong: number;
}

export function planTableRows(sqlite: Sqlite, year: number, period: { id: number } | null): PlanTableRow[] {
  return sqlite
    .prepare(
      `WITH pub AS (SELECT id FROM capital_sources WHERE is_public_investment = 1),
       fund AS (
         SELECT f.project_id, sum(f.amount_dong) AS total,
           sum(CASE WHEN s.code = 'NSTW' THEN f.amount_dong ELSE 0 END) AS nstw,
           sum(CASE WHEN s.code = 'NSDP' THEN f.amount_dong ELSE 0 END) AS nsdp
         FROM project_funding f JOIN capital_sources s ON s.id = f.source_id GROUP BY f.project_id),
       alloc AS (
         SELECT project_id,
           sum(CASE WHEN year < @year THEN coalesce(adjusted_dong, planned_dong) ELSE 0 END) AS before,
           sum(CASE WHEN year = @year THEN coalesce(adjusted_dong, planned_dong) ELSE 0 END) AS plan
         FROM allocations WHERE source_id IN (SELECT id FROM pub) GROUP BY project_id),
       medium AS (
         SELECT project_id, sum(amount_dong) AS amount FROM medium_term_allocations
         WHERE period_id = @period AND source_id IN (SELECT id FROM pub) GROUP BY project_id),
       decision AS (
         SELECT e.project_id, e.decision_number, e.decision_date,
           row_number() OVER (PARTITION BY e.project_id ORDER BY CASE es.code WHEN 'INVESTMENT_DECISION' THEN 0 ELSE 1 END, e.decision_date DESC) AS n
         FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
         WHERE es.code IN ('INVESTMENT_DECISION', 'POLICY_APPROVED'))
       SELECT p.id AS projectId, p.code, p.name, p.location, p.outputs, p.notes, st.code AS stageCode, p.start_year AS startYear,
         p.end_year AS endYear, d.decision_number AS decisionNumber, d.decision_date AS decisionDate,
         coalesce(fund.total, 0) AS totalDong, coalesce(fund.nstw, 0) AS nstwDong, coalesce(fund.nsdp, 0) AS nsdpDong,
         coalesce(fund.total, 0) - coalesce(fund.nstw, 0) - coalesce(fund.nsdp, 0) AS otherDong,
         coalesce(alloc.before, 0) AS allocatedBeforeDong, coalesce(medium.amount, 0) AS mediumTermDong, coalesce(alloc.plan, 0) AS planYearDong
       FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id
       LEFT JOIN fund ON fund.project_id = p.id LEFT JOIN alloc ON alloc.project_id = p.id
       LEFT JOIN medium ON medium.project_id = p.id LEFT JOIN decision d ON d.project_id = p.id AND d.n = 1
       ORDER BY p.start_year, p.code`,
    )
    .all({ year, period: period?.id ?? null }) as PlanTableRow[];
}

export function provinceProfileNames(sqlite: Sqlite): { name: string; superiorBody: string; owningDepartment: string } {
  return (sqlite.prepare('SELECT name, superior_body AS superiorBody, owning_department AS owningDepartment FROM province_profile WHERE id = 1').get() as
    | { name: string; superiorBody: string; owningDepartment: string }
    | undefined) ?? { name: '', superiorBody: '', owningDepartment: '' };
}
