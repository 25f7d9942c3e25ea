import type { Sqlite } from '../client';
import { ownValue } from './own-value';
import { foldedSearch, likeLiteral } from './view-clauses';

// The project register: rows with their funding by source, key tasks, and the date that decides which law's
// group thresholds apply. The group itself is derived in electron/services/projects/group.ts from these fields.

export interface ProjectView {
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
  filters?: Record<string, (string | number)[]> | undefined;
}

export interface ProjectListRow {
  id: number;
  code: string;
  name: string;
  investor: string;
  location: string | null;
  hasConstruction: boolean;
  taskGroupCode: string | null;
  stageCode: string;
  startYear: number;
  endYear: number;
  outputs: string | null;
  notes: string | null;
  funding: Record<string, number>;
  totalInvestmentDong: number;
  keyTasks: string;
  /** Policy approval date, else investment decision date: the law in force then classifies the project. */
  basisDate: string | null;
  basisStage: 'POLICY_APPROVED' | 'INVESTMENT_DECISION' | null;
  /** Steps of the project recorded without a complete legal basis, as stage codes. */
  stagesMissingBasis: string[];
}

const SORT: Record<string, string> = {
  code: 'p.code',
  name: 'vn_sort_key(p.name)',
  investor: 'vn_sort_key(p.investor)',
  location: 'vn_sort_key(p.location)',
  stageCode: 'st.sort_order',
  taskGroupCode: 'g.code',
  startYear: 'p.start_year',
  endYear: 'p.end_year',
  totalInvestmentDong: 'total',
};

/** Filters applied in SQL; `groupCode` is derived and filtered by the caller. */
export const PROJECT_SQL_FILTERS: Record<string, string> = {
  stageCode: 'st.code',
  taskGroupCode: 'g.code',
  id: 'p.id',
  // Matched through project_key_tasks (see whereOf).
  keyTaskId: 'pk.key_task_id',
};

function whereOf(view: ProjectView, params: Record<string, unknown>): string {
  const clauses: string[] = [];
  if (view.search) {
    clauses.push(foldedSearch(['p.name', 'p.code', 'p.investor']));
    params.search = likeLiteral(view.search);
  }
  for (const [field, values] of Object.entries(view.filters ?? {})) {
    const column = ownValue(PROJECT_SQL_FILTERS, field);
    if (!column || values.length === 0) continue;
    const name = `f_${field}`;
    params[name] = JSON.stringify(values);
    clauses.push(
      field === 'keyTaskId'
        ? `EXISTS (SELECT 1 FROM project_key_tasks pk, json_each(@${name}) x WHERE pk.project_id = p.id AND pk.key_task_id = x.value)`
        : `${column} IN (SELECT value FROM json_each(@${name}))`,
    );
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

const SELECT = `
  SELECT p.id, p.code, p.name, p.investor, p.location, p.has_construction AS hasConstruction, g.code AS taskGroupCode,
    st.code AS stageCode, p.start_year AS startYear, p.end_year AS endYear, p.outputs, p.notes,
    (SELECT json_group_object(s.code, f.amount_dong) FROM project_funding f JOIN capital_sources s ON s.id = f.source_id
      WHERE f.project_id = p.id) AS fundingJson,
    coalesce((SELECT sum(f.amount_dong) FROM project_funding f WHERE f.project_id = p.id), 0) AS total,
    (SELECT group_concat(stt, ', ') FROM (SELECT k.stt FROM project_key_tasks pk JOIN key_tasks k ON k.id = pk.key_task_id
      WHERE pk.project_id = p.id ORDER BY CAST(k.stt AS INTEGER), k.stt)) AS keyTasks,
    (SELECT e.decision_date FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
      WHERE e.project_id = p.id AND es.code = 'POLICY_APPROVED' AND e.decision_date IS NOT NULL ORDER BY e.decision_date LIMIT 1) AS policyDate,
    (SELECT e.decision_date FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
      WHERE e.project_id = p.id AND es.code = 'INVESTMENT_DECISION' AND e.decision_date IS NOT NULL ORDER BY e.decision_date LIMIT 1) AS decisionDate,
    (SELECT group_concat(es.code) FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
      WHERE e.project_id = p.id AND (e.decision_number IS NULL OR trim(e.decision_number) = '' OR e.decision_date IS NULL
        OR e.issuing_body IS NULL OR trim(e.issuing_body) = '')) AS missingBasis
  FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id LEFT JOIN task_groups g ON g.id = p.task_group_id`;

interface RawRow extends Omit<ProjectListRow, 'funding' | 'hasConstruction' | 'basisDate' | 'basisStage' | 'stagesMissingBasis' | 'totalInvestmentDong' | 'keyTasks'> {
  hasConstruction: number;
  fundingJson: string | null;
  total: number;
  keyTasks: string | null;
  policyDate: string | null;
  decisionDate: string | null;
  missingBasis: string | null;
}

function toRow(raw: RawRow): ProjectListRow {
  const { fundingJson, total, policyDate, decisionDate, missingBasis, ...rest } = raw;
  return {
    ...rest,
    hasConstruction: raw.hasConstruction === 1,
    funding: fundingJson ? (JSON.parse(fundingJson) as Record<string, number>) : {},
    totalInvestmentDong: total,
    keyTasks: raw.keyTasks ?? '',
    basisDate: policyDate ?? decisionDate,
    basisStage: policyDate ? 'POLICY_APPROVED' : decisionDate ? 'INVESTMENT_DECISION' : null,
    stagesMissingBasis: missingBasis ? missingBasis.split(',') : [],
  };
}

/** Every project of the view, sorted (Vietnamese collation for text); the caller filters derived fields and pages. */
export function listProjectView(sqlite: Sqlite, view: ProjectView): ProjectListRow[] {
  const params: Record<string, unknown> = {};
  const where = whereOf(view, params);
  const sortExpression = ownValue(SORT, view.sort?.field);
  const sort = view.sort && sortExpression ? `${sortExpression} ${view.sort.direction === 'desc' ? 'DESC' : 'ASC'}, ` : '';
  const rows = sqlite.prepare(`${SELECT} ${where} ORDER BY ${sort}p.code, p.id`).all(params) as RawRow[];
  return rows.map(toRow);
}

export function projectsByIds(sqlite: Sqlite, ids: number[]): Map<number, ProjectListRow> {
  if (ids.length === 0) return new Map();
  const rows = sqlite.prepare(`${SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(ids)])) as RawRow[];
  return new Map(rows.map((raw) => [raw.id, toRow(raw)]));
}

export function projectsWithCodes(sqlite: Sqlite, codes: string[]): { id: number; code: string }[] {
  return sqlite
    .prepare('SELECT id, code FROM projects WHERE lower(code) IN (SELECT lower(value) FROM json_each(?))')
    .all(JSON.stringify(codes)) as { id: number; code: string }[];
}

export interface ReferenceIds {
  stages: { id: number; code: string; nameVi: string; nameEn: string; isOffPath: number }[];
  sources: { id: number; code: string; nameVi: string; nameEn: string; isPublicInvestment: number }[];
  taskGroups: { id: number; code: string; nameVi: string; nameEn: string }[];
}

export function projectReferenceIds(sqlite: Sqlite): ReferenceIds {
  return {
    stages: sqlite
      .prepare('SELECT id, code, name_vi AS nameVi, name_en AS nameEn, is_off_path AS isOffPath FROM lifecycle_stages ORDER BY sort_order')
      .all() as ReferenceIds['stages'],
    sources: sqlite
      .prepare('SELECT id, code, name_vi AS nameVi, name_en AS nameEn, is_public_investment AS isPublicInvestment FROM capital_sources ORDER BY sort_order')
      .all() as ReferenceIds['sources'],
    taskGroups: sqlite.prepare('SELECT id, code, name_vi AS nameVi, name_en AS nameEn FROM task_groups ORDER BY code').all() as ReferenceIds['taskGroups'],
  };
}

/** Funding rows of some projects: (project, source) → row id and amount. */
export function fundingRows(sqlite: Sqlite, projectIds: number[]): Map<string, { id: number; amountDong: number }> {
  const rows = sqlite
    .prepare('SELECT id, project_id AS projectId, source_id AS sourceId, amount_dong AS amountDong FROM project_funding WHERE project_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(projectIds)) as { id: number; projectId: number; sourceId: number; amountDong: number }[];
  return new Map(rows.map((r) => [`${r.projectId}|${r.sourceId}`, { id: r.id, amountDong: r.amountDong }]));
}

export function nextId(sqlite: Sqlite, table: 'projects' | 'key_tasks'): number {
  return (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 AS n FROM ${table}`).get() as { n: number }).n;
}

/** Allocated capital (adjusted where adjusted) per project and source over all years: projectId → code → đồng. */
export function allocatedBySource(sqlite: Sqlite, projectIds: number[] | null): Map<number, Record<string, number>> {
  const only = projectIds ? 'WHERE a.project_id IN (SELECT value FROM json_each(@ids))' : '';
  const rows = sqlite
    .prepare(
      `SELECT a.project_id AS projectId, s.code AS sourceCode, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS amount
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id ${only} GROUP BY a.project_id, a.source_id`,
    )
    .all({ ids: JSON.stringify(projectIds ?? []) }) as { projectId: number; sourceCode: string; amount: number }[];
  const out = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const entry = out.get(row.projectId) ?? {};
    entry[row.sourceCode] = row.amount;
    out.set(row.projectId, entry);
  }
  return out;
}
