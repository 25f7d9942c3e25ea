import type { Sqlite } from '../client';
import { IN_YEAR } from './assessment-scope';

// What the submission snapshot of year @year reads, one statement per list. "Allocated" is the year's figure after
// adjustment where adjusted, else as first planned (as in every capital view): coalesce(adjusted_dong, planned_dong).

export interface SnapshotInstitutionRow {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  typeName: string;
  ownershipCode: string;
  governingBody: string | null;
  commune: string | null;
  status: string;
  successorCode: string | null;
  teachers: number | null;
  managers: number | null;
  learners: number | null;
  assessmentState: 'draft' | 'submitted' | 'approved' | null;
}

/**
 * The institutions of the year (assessment-scope.ts), with the governing body in charge at the end of the year
 * (failing that, the last one before it: a centre dissolved in the year keeps the body it had).
 */
export function snapshotInstitutions(sqlite: Sqlite, year: number): SnapshotInstitutionRow[] {
  return sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, t.code AS typeCode, t.name_vi AS typeName, o.code AS ownershipCode,
         (SELECT g.governing_body FROM institution_governance g
           WHERE g.institution_id = i.id AND g.valid_from <= @yearEnd
           ORDER BY (g.valid_to IS NULL OR g.valid_to >= @yearEnd) DESC, g.valid_from DESC LIMIT 1) AS governingBody,
         i.commune, i.status, s.code AS successorCode, i.teachers, i.managers, i.learners,
         (SELECT a.state FROM assessments a WHERE a.institution_id = i.id AND a.year = @year) AS assessmentState
       FROM institutions i
       JOIN institution_types t ON t.id = i.type_id
       JOIN ownership_kinds o ON o.id = i.ownership_id
       LEFT JOIN institutions s ON s.id = i.successor_id
       WHERE ${IN_YEAR}
       ORDER BY i.code`,
    )
    .all({ year, yearEnd: `${year}-12-31` }) as SnapshotInstitutionRow[];
}

export function snapshotIndicatorValues(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT i.code AS institutionCode, ind.code AS indicatorCode, v.value, v.comment
       FROM indicator_values v JOIN institutions i ON i.id = v.institution_id JOIN indicators ind ON ind.id = v.indicator_id
       WHERE v.year = @year ORDER BY i.code, ind.sort_order, ind.id`,
    )
    .all({ year }) as { institutionCode: string; indicatorCode: string; value: number | null; comment: string | null }[];
}

export interface SnapshotProjectRow {
  id: number;
  code: string;
  name: string;
  investor: string;
  location: string | null;
  stageCode: string;
  stageName: string;
  startYear: number;
  endYear: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  fundingJson: string | null;
  totalInvestmentDong: number;
  allocatedBeforeYearDong: number;
  plannedThisYearDong: number;
  disbursedThisYearDong: number;
  mediumTermDong: number;
  keyTaskStts: string | null;
  /** Earliest policy approval date, else investment decision date: the law then in force gives the group. */
  policyDate: string | null;
  investmentDate: string | null;
}

/**
 * The projects of the year's report: every project begun by the end of the year, and any later one already given
 * capital up to the year. Capital columns count every source (the allocations list lets a reader keep public
 * investment apart); the medium-term figure is the plan of the period holding the year.
 */
export function snapshotProjects(sqlite: Sqlite, year: number): SnapshotProjectRow[] {
  return sqlite
    .prepare(
      `WITH alloc AS (
         SELECT project_id,
           sum(CASE WHEN year < @year THEN coalesce(adjusted_dong, planned_dong) ELSE 0 END) AS before,
           sum(CASE WHEN year = @year THEN coalesce(adjusted_dong, planned_dong) ELSE 0 END) AS plan,
           sum(CASE WHEN year = @year THEN disbursed_dong ELSE 0 END) AS disbursed,
           count(CASE WHEN year <= @year THEN 1 END) AS rows_to_year
         FROM allocations GROUP BY project_id),
       medium AS (
         SELECT m.project_id, sum(m.amount_dong) AS amount FROM medium_term_allocations m
         JOIN plan_periods pp ON pp.id = m.period_id WHERE @year BETWEEN pp.start_year AND pp.end_year GROUP BY m.project_id),
       decision AS (
         SELECT e.project_id, e.decision_number, e.decision_date,
           row_number() OVER (PARTITION BY e.project_id ORDER BY CASE es.code WHEN 'INVESTMENT_DECISION' THEN 0 ELSE 1 END,
             e.decision_date DESC, e.id DESC) AS n
         FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
         WHERE es.code IN ('INVESTMENT_DECISION', 'POLICY_APPROVED')),
       dates AS (
         SELECT e.project_id, min(CASE WHEN es.code = 'POLICY_APPROVED' THEN e.decision_date END) AS policy_date,
           min(CASE WHEN es.code = 'INVESTMENT_DECISION' THEN e.decision_date END) AS investment_date
         FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
         WHERE es.code IN ('INVESTMENT_DECISION', 'POLICY_APPROVED') GROUP BY e.project_id),
       fund AS (
         SELECT f.project_id, json_group_object(s.code, f.amount_dong) AS funding, sum(f.amount_dong) AS total
         FROM project_funding f JOIN capital_sources s ON s.id = f.source_id GROUP BY f.project_id),
       tasks AS (
         SELECT project_id, json_group_array(stt) AS stts FROM (
           SELECT pk.project_id, k.stt FROM project_key_tasks pk JOIN key_tasks k ON k.id = pk.key_task_id
           ORDER BY pk.project_id, CAST(k.stt AS INTEGER), k.stt)
         GROUP BY project_id)
       SELECT p.id, p.code, p.name, p.investor, p.location, st.code AS stageCode, st.name_vi AS stageName,
         p.start_year AS startYear, p.end_year AS endYear, d.decision_number AS decisionNumber, d.decision_date AS decisionDate,
         fund.funding AS fundingJson, coalesce(fund.total, 0) AS totalInvestmentDong,
         coalesce(alloc.before, 0) AS allocatedBeforeYearDong, coalesce(alloc.plan, 0) AS plannedThisYearDong,
         coalesce(alloc.disbursed, 0) AS disbursedThisYearDong, coalesce(medium.amount, 0) AS mediumTermDong,
         tasks.stts AS keyTaskStts, dates.policy_date AS policyDate, dates.investment_date AS investmentDate
       FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id
       LEFT JOIN alloc ON alloc.project_id = p.id LEFT JOIN medium ON medium.project_id = p.id
       LEFT JOIN decision d ON d.project_id = p.id AND d.n = 1 LEFT JOIN dates ON dates.project_id = p.id
       LEFT JOIN fund ON fund.project_id = p.id LEFT JOIN tasks ON tasks.project_id = p.id
       WHERE p.start_year <= @year OR coalesce(alloc.rows_to_year, 0) > 0
       ORDER BY p.code`,
    )
    .all({ year }) as SnapshotProjectRow[];
}

/**
 * Every allocation row up to and including the year. Each belongs to a project of the year's report by
 * snapshotProjects' own rule (a project with capital up to the year is always in), so no project list is needed.
 */
export function snapshotAllocations(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT p.code AS projectCode, a.year, s.code AS sourceCode, a.planned_dong AS plannedDong, a.adjusted_dong AS adjustedDong,
         a.disbursed_dong AS disbursedDong
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN capital_sources s ON s.id = a.source_id
       WHERE a.year <= @year
       ORDER BY p.code, a.year, s.sort_order, s.code`,
    )
    .all({ year }) as {
    projectCode: string;
    year: number;
    sourceCode: string;
    plannedDong: number;
    adjustedDong: number | null;
    disbursedDong: number;
  }[];
}

export interface SnapshotMilestoneRow {
  id: number;
  title: string;
  year: number;
  quarter: number | null;
  owner: string | null;
  status: string | null;
  statusNote: string | null;
  targetCode: string | null;
  targetName: string | null;
  projectCode: string | null;
  projectName: string | null;
  keyTaskStt: string | null;
  keyTaskName: string | null;
  rolloversJson: string;
}

/** The whole roadmap (every year): the report speaks of the year, the appendix lists the road ahead. */
export function snapshotMilestones(sqlite: Sqlite): SnapshotMilestoneRow[] {
  return sqlite
    .prepare(
      `SELECT m.id, m.title, m.year, m.quarter, m.owner, m.status, m.status_note AS statusNote,
         t.code AS targetCode, t.name_vi AS targetName, p.code AS projectCode, p.name AS projectName,
         k.stt AS keyTaskStt, k.name AS keyTaskName,
         (SELECT json_group_array(json_object('year', r.from_year, 'reason', r.reason))
           FROM (SELECT from_year, reason FROM milestone_rollovers WHERE milestone_id = m.id ORDER BY from_year, id) r) AS rolloversJson
       FROM milestones m LEFT JOIN targets t ON t.id = m.target_id LEFT JOIN projects p ON p.id = m.project_id
       LEFT JOIN key_tasks k ON k.id = m.key_task_id
       ORDER BY m.year, coalesce(m.quarter, 5), m.id`,
    )
    .all() as SnapshotMilestoneRow[];
}

/** Awareness activities held in the year. */
export function snapshotActivities(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT held_on AS heldOn, kind, title, audience, participants FROM awareness_activities
       WHERE substr(held_on, 1, 4) = @year ORDER BY held_on, id`,
    )
    .all({ year: String(year) }) as { heldOn: string; kind: 'conference' | 'workshop' | 'media' | 'training'; title: string; audience: string | null; participants: number | null }[];
}

export function snapshotCapitalSources(sqlite: Sqlite) {
  const rows = sqlite
    .prepare('SELECT code, name_vi AS nameVi, is_public_investment AS isPublicInvestment FROM capital_sources ORDER BY sort_order, code')
    .all() as { code: string; nameVi: string; isPublicInvestment: number }[];
  return rows.map((r) => ({ ...r, isPublicInvestment: r.isPublicInvestment === 1 }));
}

export function snapshotInstitutionTypes(sqlite: Sqlite) {
  return sqlite.prepare('SELECT code, name_vi AS nameVi FROM institution_types ORDER BY sort_order, code').all() as { code: string; nameVi: string }[];
}

/** The first and last years any institution reported figures for (null when none). */
export function reportedYearRange(sqlite: Sqlite): { first: number | null; last: number | null } {
  return sqlite.prepare('SELECT min(year) AS first, max(year) AS last FROM indicator_values').get() as { first: number | null; last: number | null };
}
