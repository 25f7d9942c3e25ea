import type { Sqlite } from '../../../db/client';

type CodedTable = 'institution_types' | 'ownership_kinds' | 'capital_sources' | 'lifecycle_stages' | 'task_groups' | 'indicators' | 'plan_periods' | 'targets';

/**
 * Reference rows by their stable code. Ids are whatever the file assigned when it loaded the catalogue, so
 * generated rows look them up instead of assuming positions; a missing code is a catalogue drift worth failing on.
 */
export function idsByCode(sqlite: Sqlite, table: CodedTable): (code: string) => number {
  const rows = sqlite.prepare(`SELECT id, code FROM ${table}`).all() as { id: number; code: string }[];
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`reference code ${table}.${code} is missing from the file`);
    return id;
  };
}
