import type { Sqlite } from '../client';
import { ownValue } from './own-value';
import { foldedSearch, likeLiteral } from './view-clauses';

// The institution register in SQL: one WHERE for list, totals and export, so the three always cover the same view.

export interface InstitutionView {
  search?: string | undefined;
  sort?: { field: string; direction: 'asc' | 'desc' } | undefined;
  /** field → accepted values; only typeCode, ownershipCode and status (see INSTITUTION_FILTERS). */
  filters?: Record<string, (string | number)[]> | undefined;
}

/** Filterable fields → the SQL they compare. */
export const INSTITUTION_FILTERS: Record<string, string> = {
  typeCode: 't.code',
  ownershipCode: 'o.code',
  status: 'i.status',
};

// Text sorts by Vietnamese collation (vn_sort_key); codes of reference lists sort by the lists' own order.
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
  successorCode: 's.code',
};

const FROM = `FROM institutions i JOIN institution_types t ON t.id = i.type_id JOIN ownership_kinds o ON o.id = i.ownership_id
  LEFT JOIN institutions s ON s.id = i.successor_id`;

const ROW_COLUMNS = `i.id, i.code, i.name, t.code AS typeCode, o.code AS ownershipCode, i.commune, i.status,
  i.founded_year AS foundedYear, i.teachers, i.managers, i.learners, i.successor_id AS successorId, s.code AS successorCode`;

export interface InstitutionListRow {
  id: number;
  code: string;
  name: string;
  typeCode: string;
  ownershipCode: string;
  commune: string | null;
  status: 'active' | 'merged' | 'split' | 'dissolved';
  foundedYear: number | null;
  teachers: number | null;
  managers: number | null;
  learners: number | null;
  successorId: number | null;
  successorCode: string | null;
}

/** The WHERE clause of a view and its positional parameters. Unknown filter fields are the caller's to refuse. */
function whereOf(view: InstitutionView): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const search = view.search?.trim();
  if (search) {
    clauses.push(foldedSearch(['i.name', 'i.code'], '?'));
    params.push(likeLiteral(search), likeLiteral(search));
  }
  for (const [field, values] of Object.entries(view.filters ?? {})) {
    const column = ownValue(INSTITUTION_FILTERS, field);
    if (!column || values.length === 0) continue;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values.map(String));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function orderOf(sort: InstitutionView['sort']): string {
  const expression = sort ? ownValue(INSTITUTION_SORT, sort.field) : undefined;
  if (!expression) return 'i.code, i.id';
  // Blanks last whatever the direction: a spreadsheet user looks for figures, not for the empty cells.
  return `${expression} IS NULL, ${expression} ${sort?.direction === 'desc' ? 'DESC' : 'ASC'}, i.id`;
}

/** One page of the register; search ignores diacritics, case and NFC/NFD (vn_fold). */
export function listInstitutions(sqlite: Sqlite, args: InstitutionView & { offset: number; limit: number }) {
  const where = whereOf(args);
  const total = (sqlite.prepare(`SELECT count(*) AS n ${FROM} ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = sqlite
    .prepare(`SELECT ${ROW_COLUMNS} ${FROM} ${where.sql} ORDER BY ${orderOf(args.sort)} LIMIT ? OFFSET ?`)
    .all(...where.params, args.limit, args.offset) as InstitutionListRow[];
  return { total, rows };
}

/** Every row of a view in its order (exports); the register is at most a few thousand rows. */
export function listInstitutionView(sqlite: Sqlite, view: InstitutionView) {
  const where = whereOf(view);
  return sqlite.prepare(`SELECT ${ROW_COLUMNS} ${FROM} ${where.sql} ORDER BY ${orderOf(view.sort)}`).all(...where.params) as InstitutionListRow[];
}

/** Sums over the whole filtered view, in SQL. */
export function institutionTotals(sqlite: Sqlite, view: InstitutionView) {
  const where = whereOf(view);
  return sqlite
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(i.teachers), 0) AS teachers, coalesce(sum(i.managers), 0) AS managers,
         coalesce(sum(i.learners), 0) AS learners ${FROM} ${where.sql}`,
    )
    .get(...where.params) as { count: number; teachers: number; managers: number; learners: number };
}

/** The stored row (SQL names) of each id that exists, for validating edits against what is there. */
export function institutionsByIds(sqlite: Sqlite, ids: number[]) {
  const out = new Map<number, InstitutionListRow & { successorName: string | null }>();
  const statement = sqlite.prepare(`SELECT ${ROW_COLUMNS}, s.name AS successorName ${FROM} WHERE i.id = ?`);
  for (const rowId of new Set(ids)) {
    const row = statement.get(rowId) as (InstitutionListRow & { successorName: string | null }) | undefined;
    if (row) out.set(rowId, row);
  }
  return out;
}

/** Rows whose code equals one of `codes` ignoring ASCII case (SQLite NOCASE), for duplicate checks before writing. */
export function institutionsWithCodes(sqlite: Sqlite, codes: string[]): { id: number; code: string }[] {
  if (codes.length === 0) return [];
  const statement = sqlite.prepare('SELECT id, code FROM institutions WHERE code = ? COLLATE NOCASE');
  const found = new Map<number, { id: number; code: string }>();
  for (const code of new Set(codes)) for (const row of statement.all(code) as { id: number; code: string }[]) found.set(row.id, row);
  return [...found.values()];
}

export function getInstitution(sqlite: Sqlite, institutionId: number) {
  const row = sqlite
    .prepare(
      `SELECT ${ROW_COLUMNS}, i.address, i.contact, i.notes, i.status_changed_on AS statusChangedOn,
         i.origin_province AS originProvince ${FROM} WHERE i.id = ?`,
    )
    .get(institutionId) as
    | (InstitutionListRow & { address: string | null; contact: string | null; notes: string | null; statusChangedOn: string | null; originProvince: string | null })
    | undefined;
  if (!row) return undefined;
  const governance = sqlite
    .prepare(
      `SELECT id, governing_body AS governingBody, valid_from AS validFrom, valid_to AS validTo FROM institution_governance
       WHERE institution_id = ? ORDER BY valid_from DESC, id DESC`,
    )
    .all(institutionId) as { id: number; governingBody: string; validFrom: string; validTo: string | null }[];
  const ref = sqlite.prepare('SELECT id, code, name, status FROM institutions WHERE id = ?');
  const successor = row.successorId === null ? null : ((ref.get(row.successorId) as InstitutionRef | undefined) ?? null);
  const predecessors = sqlite
    .prepare('SELECT id, code, name, status FROM institutions WHERE successor_id = ? ORDER BY code')
    .all(institutionId) as InstitutionRef[];
  const current = governance.find((period) => period.validTo === null) ?? null;
  return { ...row, governance, successor, predecessors, governingBody: current?.governingBody ?? null };
}

interface InstitutionRef {
  id: number;
  code: string;
  name: string;
  status: 'active' | 'merged' | 'split' | 'dissolved';
}

/** Reference codes → ids, for turning a chosen type or ownership into the stored foreign key. */
export function institutionReferenceIds(sqlite: Sqlite) {
  const read = (table: string) =>
    sqlite.prepare(`SELECT id, code, name_vi AS nameVi, name_en AS nameEn FROM ${table} ORDER BY sort_order`).all() as {
      id: number;
      code: string;
      nameVi: string;
      nameEn: string;
    }[];
  return { types: read('institution_types'), ownerships: read('ownership_kinds') };
}

export function provinceName(sqlite: Sqlite): string {
  return (sqlite.prepare('SELECT name FROM province_profile WHERE id = 1').get() as { name: string } | undefined)?.name ?? '';
}
