import type { Sqlite } from '../client';

/**
 * SQL condition (institution alias `i`, parameter @year): the institution belongs to year @year's assessment.
 * The assessment describes the network at the end of the year, so an institution merged, split or dissolved in
 * the year or earlier has no return of its own (its figures are in its successor's), and one founded later has
 * none yet. Whatever was recorded for the year stays visible all the same: an institution with a return or a
 * value for the year is always in, so nothing the file holds is hidden by a late change of status.
 */
export const IN_YEAR = `(
  ((i.founded_year IS NULL OR i.founded_year <= @year)
    AND (i.status = 'active' OR i.status_changed_on IS NULL OR CAST(substr(i.status_changed_on, 1, 4) AS INTEGER) > @year))
  OR EXISTS (SELECT 1 FROM assessments a_in WHERE a_in.institution_id = i.id AND a_in.year = @year)
  OR EXISTS (SELECT 1 FROM indicator_values v_in WHERE v_in.institution_id = i.id AND v_in.year = @year)
)`;

export interface InstitutionInYear {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  status: string;
}

/** The institutions of year @year, optionally only those named, in code order. */
export function institutionsInYear(sqlite: Sqlite, year: number, ids?: readonly number[]): InstitutionInYear[] {
  const only = ids ? 'AND i.id IN (SELECT value FROM json_each(@ids))' : '';
  return sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, t.code AS typeCode, i.status FROM institutions i JOIN institution_types t ON t.id = i.type_id
       WHERE ${IN_YEAR} ${only} ORDER BY i.code`,
    )
    .all({ year, ids: ids ? JSON.stringify(ids) : null }) as InstitutionInYear[];
}

/** Whether each named institution belongs to the year (absent from the map: no such institution). */
export function inYearFlags(sqlite: Sqlite, year: number, ids: readonly number[]): Map<number, { inYear: boolean; code: string; name: string; typeCode: string; status: string }> {
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.code, i.name, t.code AS typeCode, i.status, ${IN_YEAR} AS inYear
       FROM institutions i JOIN institution_types t ON t.id = i.type_id WHERE i.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ year, ids: JSON.stringify(ids) }) as (InstitutionInYear & { inYear: number })[];
  return new Map(rows.map((r) => [r.id, { ...r, inYear: r.inYear === 1 }]));
}
