import type { Sqlite } from '../client';

export interface IndicatorDef {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  unit: 'count' | 'yesno';
}

export function listIndicators(sqlite: Sqlite): IndicatorDef[] {
  return sqlite
    .prepare('SELECT id, code, name_vi AS nameVi, name_en AS nameEn, unit FROM indicators ORDER BY sort_order, id')
    .all() as IndicatorDef[];
}

export interface StoredValue {
  id: number;
  institutionId: number;
  year: number;
  indicatorCode: string;
  value: number | null;
  comment: string | null;
}

/** Values of the named institutions in the named years (ids and years as lists, so one statement serves any page). */
export function valuesOf(sqlite: Sqlite, institutionIds: readonly number[], years: readonly number[]): StoredValue[] {
  if (institutionIds.length === 0 || years.length === 0) return [];
  return sqlite
    .prepare(
      `SELECT v.id, v.institution_id AS institutionId, v.year, ind.code AS indicatorCode, v.value, v.comment
       FROM indicator_values v JOIN indicators ind ON ind.id = v.indicator_id
       WHERE v.institution_id IN (SELECT value FROM json_each(@ids)) AND v.year IN (SELECT value FROM json_each(@years))`,
    )
    .all({ ids: JSON.stringify(institutionIds), years: JSON.stringify(years) }) as StoredValue[];
}

export interface StoredState {
  id: number;
  institutionId: number;
  state: 'draft' | 'submitted' | 'approved';
  reopenReason: string | null;
}

export function statesOf(sqlite: Sqlite, year: number, institutionIds: readonly number[]): Map<number, StoredState> {
  if (institutionIds.length === 0) return new Map();
  const rows = sqlite
    .prepare(
      `SELECT id, institution_id AS institutionId, state, reopen_reason AS reopenReason FROM assessments
       WHERE year = @year AND institution_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ year, ids: JSON.stringify(institutionIds) }) as StoredState[];
  return new Map(rows.map((r) => [r.institutionId, r]));
}

/** The count formulas of all targets ('part' and '+'-joined 'whole'): a part may never exceed its whole. */
export function countFormulas(sqlite: Sqlite): { numerator: string; denominator: string }[] {
  return sqlite
    .prepare(
      `SELECT DISTINCT numerator_indicator AS numerator, denominator_indicator AS denominator FROM targets
       WHERE numerator_indicator IS NOT NULL AND denominator_indicator IS NOT NULL ORDER BY 1, 2`,
    )
    .all() as { numerator: string; denominator: string }[];
}
