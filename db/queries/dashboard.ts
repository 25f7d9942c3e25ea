import type { Sqlite } from '../client';

// What the overview dashboard reads beside the assessment, capital and roadmap queries it reuses.

export function provinceOf(sqlite: Sqlite): { name: string; isSample: boolean } {
  const row = sqlite.prepare('SELECT name, is_sample AS isSample FROM province_profile WHERE id = 1').get() as { name: string; isSample: number } | undefined;
  return { name: row?.name ?? '', isSample: row?.isSample === 1 };
}

/**
 * Years holding at least one entered figure, oldest first. The years are walked on the (year, indicator) index, one
 * seek each, instead of reading every value: a national file holds some 180,000.
 */
export function assessmentYears(sqlite: Sqlite): number[] {
  const rows = sqlite
    .prepare(
      `WITH RECURSIVE y(year) AS (
         SELECT min(year) FROM indicator_values
         UNION ALL
         SELECT (SELECT min(v.year) FROM indicator_values v WHERE v.year > y.year) FROM y WHERE y.year IS NOT NULL
       )
       SELECT year FROM y
       WHERE year IS NOT NULL AND EXISTS (SELECT 1 FROM indicator_values v WHERE v.year = y.year AND v.value IS NOT NULL)
       ORDER BY year`,
    )
    .all() as { year: number }[];
  return rows.map((r) => r.year);
}

export function capitalSourceCodes(sqlite: Sqlite): string[] {
  return (sqlite.prepare('SELECT code FROM capital_sources ORDER BY sort_order, id').all() as { code: string }[]).map((r) => r.code);
}

/**
 * Allocated (adjusted where adjusted) and disbursed capital per year and source over the whole plan. No year bound:
 * with one, SQLite walks the year index and fetches every row by rowid, slower than one pass over the table.
 */
export function capitalByYearSource(sqlite: Sqlite): { year: number; sourceCode: string; allocatedDong: number; disbursedDong: number }[] {
  return sqlite
    .prepare(
      `SELECT a.year, s.code AS sourceCode, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS allocatedDong, sum(a.disbursed_dong) AS disbursedDong
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id
       GROUP BY a.year, a.source_id ORDER BY a.year, s.sort_order`,
    )
    .all() as { year: number; sourceCode: string; allocatedDong: number; disbursedDong: number }[];
}

/**
 * The counts of the completeness of a year (electron/services/assessment/completeness.ts defines them): how many of
 * the year's institutions entered any figure, and how many of those left an indicator empty, without the per-cell
 * lists and checks the completeness tab needs. One grouped pass over the year's values on the (year, indicator) index.
 */
export function entryCounts(sqlite: Sqlite, year: number, institutionIds: readonly number[]): { reported: number; withGaps: number } {
  return sqlite
    .prepare(
      `SELECT coalesce(sum(entered > 0), 0) AS reported, coalesce(sum(entered > 0 AND entered < (SELECT count(*) FROM indicators)), 0) AS withGaps
       FROM (SELECT v.institution_id, count(v.value) AS entered FROM indicator_values v
             WHERE v.year = @year AND v.institution_id IN (SELECT value FROM json_each(@ids)) GROUP BY v.institution_id)`,
    )
    .get({ year, ids: JSON.stringify(institutionIds) }) as { reported: number; withGaps: number };
}

/** Assessment states of the year's institutions. */
export function stateCounts(sqlite: Sqlite, year: number, institutionIds: readonly number[]): Record<'draft' | 'submitted' | 'approved', number> {
  const rows = sqlite
    .prepare('SELECT state, count(*) AS n FROM assessments WHERE year = @year AND institution_id IN (SELECT value FROM json_each(@ids)) GROUP BY state')
    .all({ year, ids: JSON.stringify(institutionIds) }) as { state: 'draft' | 'submitted' | 'approved'; n: number }[];
  const counts = { draft: 0, submitted: 0, approved: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}
