import type { Sqlite } from '../../db/client';
import { foldVietnamese, vietnameseSortKey } from '../api/text/vietnamese';

/**
 * Functions queries rely on: vn_fold for diacritic-insensitive search, vn_sort_key for Vietnamese ORDER BY
 * (better-sqlite3 cannot register collations). Registered on every connection the services open.
 */
export function registerSqlFunctions(sqlite: Sqlite): void {
  const text = (fn: (s: string) => string) => (value: unknown) => (typeof value === 'string' ? fn(value) : value);
  sqlite.function('vn_fold', { deterministic: true }, text(foldVietnamese));
  sqlite.function('vn_sort_key', { deterministic: true }, text(vietnameseSortKey));
}
