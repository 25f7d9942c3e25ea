import type { Sqlite } from '../client';

export interface PageArgs {
  offset: number;
  limit: number;
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
}

/** Sortable fields map to SQL expressions; text sorts by Vietnamese collation through vn_sort_key. */
function orderBy(sortable: Record<string, string>, sort: PageArgs['sort'], fallback: string, tieBreaker: string): string {
  const expression = sort ? sortable[sort.field] : undefined;
  if (!expression) return `${fallback}, ${tieBreaker}`;
  return `${expression} ${sort?.direction === 'desc' ? 'DESC' : 'ASC'}, ${tieBreaker}`;
}

const INSTITUTION_SORT: Record<string, string> = {
  code: 'i.code',
  name: 'vn_sort_key(i.name)',
  typeCode: 't.sort_order',
  ownershipCode: 'o.sort_order',
  commune: 'vn_sort_key(i.commune)',
  status: 'i.status',
  foundedYear: 'i.founded_year',
  teachers: 'i.teachers',
  managers: 'i.managers',
  learners: 'i.learners',
};

/** One page of the institution register; search ignores diacritics, case and NFC/NFD (vn_fold). */
export function listInstitutions(sqlite: Sqlite, args: PageArgs) {
  const where = args.search ? "WHERE vn_fold(i.name) LIKE '%' || vn_fold(@search) || '%' OR vn_fold(i.code) LIKE '%' || vn_fold(@search) || '%'" : '';
  const from = `FROM institutions i JOIN institution_types t ON t.id = i.type_id JOIN ownership_kinds o ON o.id = i.ownership_id ${where}`;
  const params = { search: args.search ?? null, limit: args.limit, offset: args.offset };
  const total = (sqlite.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, t.code AS typeCode, o.code AS ownershipCode, i.commune, i.status, i.founded_year AS foundedYear,
         i.teachers, i.managers, i.learners
       ${from} ORDER BY ${orderBy(INSTITUTION_SORT, args.sort, 'i.code', 'i.id')} LIMIT @limit OFFSET @offset`,
    )
    .all(params);
  return { total, rows };
}

const PROJECT_SORT: Record<string, string> = {
  code: 'p.code',
  name: 'vn_sort_key(p.name)',
  investor: 'vn_sort_key(p.investor)',
  stageCode: 's.sort_order',
  startYear: 'p.start_year',
  endYear: 'p.end_year',
  totalInvestmentDong: 'totalInvestmentDong',
};

export function listProjects(sqlite: Sqlite, args: PageArgs) {
  const where = args.search ? "WHERE vn_fold(p.name) LIKE '%' || vn_fold(@search) || '%' OR vn_fold(p.code) LIKE '%' || vn_fold(@search) || '%'" : '';
  const params = { search: args.search ?? null, limit: args.limit, offset: args.offset };
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM projects p ${where}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.code, p.name, p.investor, s.code AS stageCode, g.code AS taskGroupCode, p.start_year AS startYear,
         p.end_year AS endYear, coalesce((SELECT sum(f.amount_dong) FROM project_funding f WHERE f.project_id = p.id), 0) AS totalInvestmentDong
       FROM projects p JOIN lifecycle_stages s ON s.id = p.stage_id LEFT JOIN task_groups g ON g.id = p.task_group_id
       ${where} ORDER BY ${orderBy(PROJECT_SORT, args.sort, 'p.code', 'p.id')} LIMIT @limit OFFSET @offset`,
    )
    .all(params);
  return { total, rows };
}

export function listTargets(sqlite: Sqlite) {
  const targets = sqlite
    .prepare(
      `SELECT id, code, group_code AS groupCode, scope, kind, name_vi AS nameVi, name_en AS nameEn, source_document AS sourceDocument,
         confidence FROM targets ORDER BY scope, code`,
    )
    .all() as { id: number }[];
  const values = sqlite.prepare('SELECT year, percent, milestone FROM target_values WHERE target_id = ? ORDER BY year');
  return targets.map((t) => ({ ...t, values: values.all(t.id) }));
}

/** Allocated (adjusted where adjusted), planned and disbursed capital per year and source. */
export function listCapitalByYearAndSource(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT a.year, s.code AS sourceCode, sum(a.planned_dong) AS plannedDong,
         sum(coalesce(a.adjusted_dong, a.planned_dong)) AS adjustedDong, sum(a.disbursed_dong) AS disbursedDong
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id GROUP BY a.year, s.id ORDER BY a.year, s.sort_order`,
    )
    .all();
}

export function listMilestones(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT m.id, m.title, m.year, m.quarter, m.owner, m.status,
         coalesce(t.code, p.code, k.stt) AS linkedTo
       FROM milestones m LEFT JOIN targets t ON t.id = m.target_id LEFT JOIN projects p ON p.id = m.project_id
         LEFT JOIN key_tasks k ON k.id = m.key_task_id
       ORDER BY m.year, coalesce(m.quarter, 5), m.id`,
    )
    .all();
}
