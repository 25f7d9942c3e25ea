import type { Sqlite } from '../client';
import { ownValue } from './own-value';
import { viewClauses } from './view-clauses';

// The annual-plan matrix: one row per project and capital source (every source the project has in its total
// investment, or has capital or a medium-term plan from), one column per year, of one measure. Pivoted in SQL so
// sorting by a year column and totals over the filtered view never load the whole table into memory.

export type Measure = 'planned' | 'adjusted' | 'allocated' | 'disbursed' | 'disbursedOn';

const MEASURE_SQL: Record<Measure, string> = {
  planned: 'a.planned_dong',
  adjusted: 'a.adjusted_dong',
  allocated: 'coalesce(a.adjusted_dong, a.planned_dong)',
  disbursed: 'a.disbursed_dong',
  disbursedOn: 'a.disbursed_on',
};

/** A row of the matrix is a project and a source; its id packs both (sources are a short reference list). */
export const ROW_ID_FACTOR = 1000;
export const matrixRowId = (projectId: number, sourceId: number) => projectId * ROW_ID_FACTOR + sourceId;
export const splitRowId = (id: number) => ({ projectId: Math.floor(id / ROW_ID_FACTOR), sourceId: id % ROW_ID_FACTOR });

export interface MatrixView {
  measure: Measure;
  fromYear: number;
  toYear: number;
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
  filters?: Record<string, (string | number)[]> | undefined;
  /** Only these (project, source) pairs, as "projectId|sourceId" (derived filters: the gap of a year). */
  pairs?: string[] | undefined;
}

export const yearsOf = (view: Pick<MatrixView, 'fromYear' | 'toYear'>) => {
  const years: number[] = [];
  for (let y = view.fromYear; y <= view.toYear; y++) years.push(y);
  return years;
};

const FILTERS: Record<string, string> = {
  projectId: 'p.id',
  sourceCode: 's.code',
  taskGroupCode: 'g.code',
  stageCode: 'st.code',
};

function build(view: MatrixView, params: Record<string, unknown>) {
  const years = yearsOf(view);
  const expr = MEASURE_SQL[view.measure];
  const clauses = viewClauses(view, { search: ['p.name', 'p.code'], filters: FILTERS }, params);
  if (view.pairs) {
    params.pairs = JSON.stringify(view.pairs);
    clauses.push("(p.id || '|' || s.id) IN (SELECT value FROM json_each(@pairs))");
  }
  // A year's cell is one indexed lookup (allocations_key: project, year, source), so a page costs a few hundred
  // lookups; sorting by a year or totals over the view cost one per row and source, never a scan of every year.
  // Years are integers checked by the contract (2015–2045), so they are safe to write into the SQL.
  const cell = (y: number) => `(SELECT ${expr} FROM allocations a WHERE a.project_id = p.id AND a.year = ${y} AND a.source_id = s.id)`;
  const cells = years.map((y) => `${cell(y)} AS y${y}`).join(', ');
  const total = view.measure === 'disbursedOn' ? '0' : years.map((y) => `coalesce(y${y}, 0)`).join(' + ') || '0';
  // The rows: every project and source the project has a share of, capital from, or a medium-term plan for, when
  // the project's years meet the shown years or it has capital in them (a project settled in 2023 is not listed
  // in 2026–2030 unless money was still given to it then).
  params.fromYear = view.fromYear;
  params.toYear = view.toYear;
  const from = `
    WITH matrix0 AS (
      SELECT p.id * ${ROW_ID_FACTOR} + s.id AS id, p.id AS projectId, p.code AS projectCode, p.name AS projectName,
        st.code AS stageCode, s.code AS sourceCode, s.sort_order AS sourceOrder, coalesce(f.amount_dong, 0) AS fundingDong
        ${cells ? `, ${cells}` : ''}
      FROM projects p CROSS JOIN capital_sources s
      JOIN lifecycle_stages st ON st.id = p.stage_id
      LEFT JOIN task_groups g ON g.id = p.task_group_id
      LEFT JOIN project_funding f ON f.project_id = p.id AND f.source_id = s.id
      WHERE (f.id IS NOT NULL
        OR EXISTS (SELECT 1 FROM allocations a WHERE a.project_id = p.id AND a.source_id = s.id)
        OR EXISTS (SELECT 1 FROM medium_term_allocations m WHERE m.project_id = p.id AND m.source_id = s.id))
      AND ((p.start_year <= @toYear AND p.end_year >= @fromYear)
        OR EXISTS (SELECT 1 FROM allocations a WHERE a.project_id = p.id AND a.source_id = s.id AND a.year BETWEEN @fromYear AND @toYear))
        ${clauses.length ? `AND ${clauses.join(' AND ')}` : ''}
    ),
    matrix AS (SELECT *, ${total} AS total FROM matrix0)`;
  return { years, from };
}

function orderOf(view: MatrixView, years: number[]): string {
  const sortable: Record<string, string> = {
    projectCode: 'projectCode',
    projectName: 'vn_sort_key(projectName)',
    sourceCode: 'sourceOrder',
    fundingDong: 'fundingDong',
    total: 'total',
    stageCode: 'stageCode',
  };
  for (const y of years) sortable[`y${y}`] = `y${y}`;
  const expression = view.sort ? ownValue(sortable, view.sort.field) : undefined;
  const lead = expression ? `${expression} ${view.sort?.direction === 'desc' ? 'DESC' : 'ASC'}, ` : '';
  return `ORDER BY ${lead}projectCode, sourceOrder`;
}

export interface MatrixSqlRow {
  id: number;
  projectId: number;
  projectCode: string;
  projectName: string;
  stageCode: string;
  sourceCode: string;
  fundingDong: number;
  total: number;
  [year: `y${number}`]: number | string | null;
}

export function matrixPage(sqlite: Sqlite, view: MatrixView & { offset: number; limit: number }) {
  const params: Record<string, unknown> = {};
  const { years, from } = build(view, params);
  const total = (sqlite.prepare(`${from} SELECT count(*) AS n FROM matrix`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(`${from} SELECT * FROM matrix ${orderOf(view, years)} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: view.limit, offset: view.offset }) as MatrixSqlRow[];
  return { years, total, rows };
}

/** Sum of each year column and of the row totals over the whole filtered view (amount measures). */
export function matrixTotals(sqlite: Sqlite, view: MatrixView): Record<string, number> {
  if (view.measure === 'disbursedOn') return {};
  const params: Record<string, unknown> = {};
  const { years, from } = build(view, params);
  const sums = years.map((y) => `coalesce(sum(y${y}), 0) AS y${y}`).join(', ');
  return sqlite.prepare(`${from} SELECT ${sums}${sums ? ',' : ''} coalesce(sum(total), 0) AS total, count(*) AS rows FROM matrix`).get(params) as Record<string, number>;
}

/** Every source's sum per year of one amount measure (the "sources × years" view), all projects. */
export function sourceYearTotals(sqlite: Sqlite, measure: Exclude<Measure, 'disbursedOn'>, fromYear: number, toYear: number) {
  return sqlite
    .prepare(
      `SELECT s.code AS sourceCode, a.year, sum(${MEASURE_SQL[measure]}) AS amount
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id
       WHERE a.year BETWEEN ? AND ? GROUP BY s.id, a.year ORDER BY s.sort_order, a.year`,
    )
    .all(fromYear, toYear) as { sourceCode: string; year: number; amount: number | null }[];
}

export interface AllocationRow {
  id: number;
  projectId: number;
  sourceId: number;
  year: number;
  plannedDong: number;
  adjustedDong: number | null;
  disbursedDong: number;
  disbursedOn: string | null;
}

/** The allocation rows of some projects (all years), keyed "projectId|sourceId|year". */
export function allocationRowsOf(sqlite: Sqlite, projectIds: number[]): Map<string, AllocationRow> {
  const rows = sqlite
    .prepare(
      `SELECT id, project_id AS projectId, source_id AS sourceId, year, planned_dong AS plannedDong, adjusted_dong AS adjustedDong,
         disbursed_dong AS disbursedDong, disbursed_on AS disbursedOn FROM allocations WHERE project_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(projectIds)) as AllocationRow[];
  return new Map(rows.map((r) => [`${r.projectId}|${r.sourceId}|${r.year}`, r]));
}

export interface ProjectFacts {
  id: number;
  code: string;
  name: string;
  stageCode: string;
  startYear: number;
  endYear: number;
}

export function projectFacts(sqlite: Sqlite, ids: number[]): Map<number, ProjectFacts> {
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.code, p.name, st.code AS stageCode, p.start_year AS startYear, p.end_year AS endYear
       FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as ProjectFacts[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function planPeriods(sqlite: Sqlite): { id: number; code: string; startYear: number; endYear: number }[] {
  return sqlite.prepare('SELECT id, code, start_year AS startYear, end_year AS endYear FROM plan_periods ORDER BY start_year').all() as {
    id: number;
    code: string;
    startYear: number;
    endYear: number;
  }[];
}

export function capitalSourceList(sqlite: Sqlite): { id: number; code: string; nameVi: string; isPublicInvestment: boolean }[] {
  return (
    sqlite.prepare('SELECT id, code, name_vi AS nameVi, is_public_investment AS pub FROM capital_sources ORDER BY sort_order').all() as {
      id: number;
      code: string;
      nameVi: string;
      pub: number;
    }[]
  ).map(({ pub, ...s }) => ({ ...s, isPublicInvestment: pub === 1 }));
}
