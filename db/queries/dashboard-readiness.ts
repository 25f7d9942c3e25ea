import type { Sqlite } from '../client';

/** Every entered figure of a year as (institution, indicator code, value): at national scale about 20,000 rows. */
export function figuresOfYear(sqlite: Sqlite, year: number): { institutionId: number; code: string; value: number }[] {
  return sqlite
    .prepare(
      `SELECT v.institution_id AS institutionId, ind.code, v.value
       FROM indicators ind JOIN indicator_values v ON v.indicator_id = ind.id AND v.year = @year
       WHERE v.value IS NOT NULL`,
    )
    .all({ year }) as { institutionId: number; code: string; value: number }[];
}
