import type { Sqlite } from '../client';

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

// The milestone list moved to db/queries/roadmap.ts.
