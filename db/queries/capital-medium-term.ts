import type { Sqlite } from '../client';
import { ROW_ID_FACTOR } from './capital-matrix';
import { ownValue } from './own-value';
import { viewClauses } from './view-clauses';

// Medium-term (five-year) plans per project and source, beside the annual allocations each period holds.

export interface MediumTermView {
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
  filters?: Record<string, (string | number)[]> | undefined;
}

const FILTERS: Record<string, string> = { projectId: 'p.id', sourceCode: 's.code', taskGroupCode: 'g.code', stageCode: 'st.code' };

export function mediumTermRows(sqlite: Sqlite, view: MediumTermView & { offset: number; limit: number }) {
  const params: Record<string, unknown> = { limit: view.limit, offset: view.offset };
  const clauses = viewClauses(view, { search: ['p.name', 'p.code'], filters: FILTERS }, params);
  const from = `
    WITH pairs AS (
      SELECT project_id, source_id FROM project_funding
      UNION SELECT project_id, source_id FROM allocations
      UNION SELECT project_id, source_id FROM medium_term_allocations
    )
    SELECT x.project_id * ${ROW_ID_FACTOR} + x.source_id AS id, p.id AS projectId, p.code AS projectCode, p.name AS projectName,
      st.code AS stageCode, s.code AS sourceCode, s.sort_order AS sourceOrder, coalesce(f.amount_dong, 0) AS fundingDong
    FROM pairs x JOIN projects p ON p.id = x.project_id JOIN capital_sources s ON s.id = x.source_id
    JOIN lifecycle_stages st ON st.id = p.stage_id LEFT JOIN task_groups g ON g.id = p.task_group_id
    LEFT JOIN project_funding f ON f.project_id = x.project_id AND f.source_id = x.source_id
    ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`;
  const sort: Record<string, string> = { projectCode: 'projectCode', projectName: 'vn_sort_key(projectName)', sourceCode: 'sourceOrder', fundingDong: 'fundingDong' };
  const sortExpression = ownValue(sort, view.sort?.field);
  const lead = view.sort && sortExpression ? `${sortExpression} ${view.sort.direction === 'desc' ? 'DESC' : 'ASC'}, ` : '';
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM (${from})`).get(params) as { n: number }).n;
  const rows = sqlite.prepare(`SELECT * FROM (${from}) ORDER BY ${lead}projectCode, sourceOrder LIMIT @limit OFFSET @offset`).all(params) as {
    id: number;
    projectId: number;
    projectCode: string;
    projectName: string;
    stageCode: string;
    sourceCode: string;
    sourceOrder: number;
    fundingDong: number;
  }[];
  const ids = JSON.stringify([...new Set(rows.map((r) => r.projectId))]);
  const medium = sqlite
    .prepare(
      `SELECT m.id, m.project_id AS projectId, m.source_id AS sourceId, pp.code AS periodCode, m.amount_dong AS amountDong
       FROM medium_term_allocations m JOIN plan_periods pp ON pp.id = m.period_id WHERE m.project_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as { id: number; projectId: number; sourceId: number; periodCode: string; amountDong: number }[];
  const annual = sqlite
    .prepare(
      `SELECT a.project_id AS projectId, a.source_id AS sourceId, pp.code AS periodCode, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS amountDong
       FROM allocations a JOIN plan_periods pp ON a.year BETWEEN pp.start_year AND pp.end_year
       WHERE a.project_id IN (SELECT value FROM json_each(?)) GROUP BY a.project_id, a.source_id, pp.id`,
    )
    .all(ids) as { projectId: number; sourceId: number; periodCode: string; amountDong: number }[];
  return { total, rows, medium, annual };
}

export function mediumTermRowsOf(sqlite: Sqlite, projectIds: number[]) {
  return new Map(
    (
      sqlite
        .prepare('SELECT id, project_id AS projectId, source_id AS sourceId, period_id AS periodId, amount_dong AS amountDong FROM medium_term_allocations WHERE project_id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(projectIds)) as { id: number; projectId: number; sourceId: number; periodId: number; amountDong: number }[]
    ).map((r) => [`${r.projectId}|${r.sourceId}|${r.periodId}`, r]),
  );
}
