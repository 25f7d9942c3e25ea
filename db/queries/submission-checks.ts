import type { Sqlite } from '../client';

// Figures the pre-flight checks judge that the snapshot does not carry: ids to link to, and sums that must agree.

const ALLOCATED = 'coalesce(a.adjusted_dong, a.planned_dong)';

/** Allocation rows of years up to @year where more was disbursed than allocated. */
export function disbursedOverAllocated(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT p.code AS projectCode, p.name AS projectName, s.code AS sourceCode, a.year, ${ALLOCATED} AS allocatedDong,
         a.disbursed_dong AS disbursedDong
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN capital_sources s ON s.id = a.source_id
       WHERE a.year <= @year AND a.disbursed_dong > ${ALLOCATED}
       ORDER BY a.year DESC, p.code, s.sort_order`,
    )
    .all({ year }) as { projectCode: string; projectName: string; sourceCode: string; year: number; allocatedDong: number; disbursedDong: number }[];
}

/** Per project and source: allocated up to @year beyond the source's share of the approved total investment. */
export function allocatedOverShare(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `WITH x AS (SELECT a.project_id, a.source_id, sum(${ALLOCATED}) AS allocated FROM allocations a WHERE a.year <= @year
         GROUP BY a.project_id, a.source_id)
       SELECT p.code AS projectCode, p.name AS projectName, s.code AS sourceCode, x.allocated AS allocatedDong,
         coalesce(f.amount_dong, 0) AS shareDong
       FROM x JOIN projects p ON p.id = x.project_id JOIN capital_sources s ON s.id = x.source_id
       LEFT JOIN project_funding f ON f.project_id = x.project_id AND f.source_id = x.source_id
       WHERE x.allocated > coalesce(f.amount_dong, 0)
       ORDER BY p.code, s.sort_order`,
    )
    .all({ year }) as { projectCode: string; projectName: string; sourceCode: string; allocatedDong: number; shareDong: number }[];
}

/** Capital of the year still allocated to cancelled projects. */
export function cancelledWithCapital(sqlite: Sqlite, year: number) {
  return sqlite
    .prepare(
      `SELECT p.code AS projectCode, p.name AS projectName, sum(${ALLOCATED}) AS allocatedDong
       FROM allocations a JOIN projects p ON p.id = a.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       WHERE st.code = 'CANCELLED' AND a.year = @year GROUP BY p.id HAVING sum(${ALLOCATED}) > 0 ORDER BY p.code`,
    )
    .all({ year }) as { projectCode: string; projectName: string; allocatedDong: number }[];
}

/** Ids of the records the checks name by code (the snapshot carries codes; the pages filter on ids). */
export function linkIds(sqlite: Sqlite) {
  const byCode = (table: 'institutions' | 'projects' | 'targets') =>
    new Map((sqlite.prepare(`SELECT code, id FROM ${table}`).all() as { code: string; id: number }[]).map((r) => [r.code, r.id]));
  return { institutions: byCode('institutions'), projects: byCode('projects'), targets: byCode('targets') };
}
export type LinkIds = ReturnType<typeof linkIds>;
