import type { Sqlite } from '../client';
import { IN_YEAR } from './assessment-scope';
import { ownValue } from './own-value';
import { foldedSearch, likeLiteral } from './view-clauses';

export interface AssessmentPageArgs {
  year: number;
  offset: number;
  limit: number;
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
  filters?: Record<string, (string | number)[]> | undefined;
}

export interface AssessmentPageRow {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  status: string;
  state: 'none' | 'draft' | 'submitted' | 'approved';
  reopenReason: string | null;
}

const FIXED_SORT: Record<string, string> = {
  code: 'i.code',
  name: 'vn_sort_key(i.name)',
  typeCode: 't.sort_order',
  // In the order a return moves: not started, draft, submitted, approved.
  state: "CASE coalesce(a.state, 'none') WHEN 'none' THEN 0 WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END",
};

/**
 * One page of the year's institutions with their return's state. Sorting by an indicator sorts by its value in
 * the year (the code is bound as a parameter, never spliced into the SQL); unknown sort fields fall back to code.
 */
export function assessmentPage(sqlite: Sqlite, args: AssessmentPageArgs, indicatorCodes: ReadonlySet<string>) {
  const where = [IN_YEAR];
  const params: Record<string, unknown> = { year: args.year, limit: args.limit, offset: args.offset, sortIndicator: null };
  if (args.search) {
    where.push(foldedSearch(['i.name', 'i.code']));
    params.search = likeLiteral(args.search);
  }
  const states = args.filters?.state?.map(String) ?? [];
  if (states.length > 0) {
    where.push("coalesce(a.state, 'none') IN (SELECT value FROM json_each(@states))");
    params.states = JSON.stringify(states);
  }
  const types = args.filters?.typeCode?.map(String) ?? [];
  if (types.length > 0) {
    where.push('t.code IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(types);
  }
  const ids = args.filters?.id?.map(Number) ?? [];
  if (ids.length > 0) {
    where.push('i.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(ids);
  }
  let order = 'i.code';
  const field = args.sort?.field;
  const fixed = ownValue(FIXED_SORT, field);
  if (fixed) order = fixed;
  else if (field && indicatorCodes.has(field)) {
    order = `(SELECT v.value FROM indicator_values v JOIN indicators ind ON ind.id = v.indicator_id
              WHERE v.institution_id = i.id AND v.year = @year AND ind.code = @sortIndicator)`;
    params.sortIndicator = field;
  }
  const direction = args.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const from = `FROM institutions i JOIN institution_types t ON t.id = i.type_id
    LEFT JOIN assessments a ON a.institution_id = i.id AND a.year = @year WHERE ${where.join(' AND ')}`;
  const total = (sqlite.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, t.code AS typeCode, i.status, coalesce(a.state, 'none') AS state, a.reopen_reason AS reopenReason
       ${from} ORDER BY ${order} ${direction} NULLS LAST, i.code, i.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AssessmentPageRow[];
  return { total, rows };
}
