import Database from 'better-sqlite3';
import { SECTION_KEYS } from '../../electron/services/submission/defaults';
import { type Ack, checksum, countInLabel, type Item } from './protocol';

type Sqlite = Database.Database;

interface SetRow {
  id: number;
  kind: 'do' | 'undo' | 'redo';
  action: string;
  label: string;
  state: string;
  replays_id: number | null;
}
interface AuditRow {
  table_name: string;
  row_id: number;
  field: string;
  op: 'insert' | 'update' | 'delete';
  old_value: string | null;
  new_value: string | null;
}

export class Violation extends Error {}
const fail = (message: string): never => {
  throw new Violation(message);
};

const rowsOf = (db: Sqlite, changeSetId: number) =>
  db.prepare('SELECT table_name, row_id, field, op, old_value, new_value FROM audit_rows WHERE change_set_id = ? ORDER BY id').all(changeSetId) as AuditRow[];
const key = (r: { table_name: string; row_id: number; field: string }) => `${r.table_name}|${r.row_id}|${r.field}`;

/** How many audit rows a change set must have, by what wrote it; null for sets no rule covers. */
function expectedCount(db: Sqlite, set: SetRow): number | null {
  if (set.kind !== 'do') return (db.prepare('SELECT count(*) AS n FROM audit_rows WHERE change_set_id = ?').get(set.replays_id) as { n: number }).n;
  if (set.action.startsWith('crash.')) return countInLabel(set.label) ?? fail(`change set ${set.id} has no count in its label`);
  if (set.action === 'profile.update') return 2;
  if (set.action === 'submission.create') return createdSubmissionCount(db, set);
  return set.state === 'final' ? 0 : null;
}

/**
 * The submission record the first writer creates (never edited or undone afterwards): one submissions row and its
 * sections, all in the file, and one audit row per stored field of each, as the audit writer records an insert.
 */
function createdSubmissionCount(db: Sqlite, set: SetRow): number {
  const rows = db.prepare('SELECT DISTINCT table_name AS t, row_id AS id FROM audit_rows WHERE change_set_id = ?').all(set.id) as { t: string; id: number }[];
  const submission = rows.find((r) => r.t === 'submissions') ?? fail(`change set ${set.id} (submission.create) inserts no submission`);
  const sections = (db.prepare('SELECT count(*) AS n FROM submission_sections WHERE submission_id = ?').get(submission.id) as { n: number }).n;
  if (sections !== SECTION_KEYS.length || rows.length !== 1 + SECTION_KEYS.length) fail(`submission ${submission.id} has ${sections} sections in the file, ${rows.length - 1} in change set ${set.id}: half created`);
  return rows.reduce((sum, { t, id }) => {
    const row = (db.prepare(`SELECT * FROM "${t}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined) ?? fail(`${t} #${id} of change set ${set.id} is missing`);
    return sum + Object.values(row).filter((v) => v !== null).length;
  }, 0);
}

/** An undo writes the inverse of each of its target's rows, a redo the same rows again: checked field by field. */
function checkReplay(db: Sqlite, set: SetRow): void {
  const replayed = new Map(rowsOf(db, set.id).map((r) => [key(r), r]));
  for (const target of rowsOf(db, set.replays_id!)) {
    const row = replayed.get(key(target)) ?? fail(`${set.kind} ${set.id} lacks ${key(target)} of change set ${set.replays_id}`);
    const undo = set.kind === 'undo';
    const ok =
      target.op === 'update'
        ? row.op === 'update' && row.new_value === (undo ? target.old_value : target.new_value)
        : target.op === 'insert'
          ? undo
            ? row.op === 'delete' && row.old_value === target.new_value
            : row.op === 'insert' && row.new_value === target.new_value
          : undo
            ? row.op === 'insert' && row.new_value === target.old_value
            : row.op === 'delete' && row.old_value === target.old_value;
    if (!ok) fail(`${set.kind} ${set.id} does not replay ${key(target)} of change set ${set.replays_id}`);
  }
}

export interface Checked {
  lastChangeSet: number;
  changeSets: number;
}

/**
 * What must hold after any kill: the file is intact, no foreign key dangles, every change set after `from` is
 * whole (its audit row count is what its writer meant), undo and redo sets replay their target exactly, and each
 * 'do' set's state agrees with the undo / redo sets that replayed it. Opens the file read-write, as the next start
 * of the app would, so a leftover WAL is recovered first.
 */
export function checkFile(file: string, from: number): Checked {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') fail(`integrity_check: ${JSON.stringify(integrity.slice(0, 5))}`);
    const dangling = db.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) fail(`foreign_key_check: ${JSON.stringify(dangling.slice(0, 5))}`);

    const sets = db.prepare('SELECT id, kind, action, label, state, replays_id FROM change_sets WHERE id > ? ORDER BY id').all(from) as SetRow[];
    const counts = new Map(
      (db.prepare('SELECT change_set_id AS id, count(*) AS n FROM audit_rows WHERE change_set_id > ? GROUP BY change_set_id').all(from) as { id: number; n: number }[]).map(
        (r) => [r.id, r.n],
      ),
    );
    for (const set of sets) {
      const expected = expectedCount(db, set);
      if (expected !== null && (counts.get(set.id) ?? 0) !== expected) {
        fail(`change set ${set.id} (${set.kind} ${set.action}) has ${counts.get(set.id) ?? 0} audit rows, meant ${expected}: half applied`);
      }
      if (set.kind !== 'do') checkReplay(db, set);
    }
    const openUndos = new Map(
      (
        db
          .prepare(
            `SELECT replays_id AS id, sum(kind = 'undo') - sum(kind = 'redo') AS n FROM change_sets
             WHERE replays_id IS NOT NULL GROUP BY replays_id`,
          )
          .all() as { id: number; n: number }[]
      ).map((r) => [r.id, r.n]),
    );
    for (const set of db.prepare("SELECT id, state FROM change_sets WHERE kind = 'do'").all() as { id: number; state: string }[]) {
      const expected = set.state === 'undone' || set.state === 'discarded' ? 1 : 0;
      const open = openUndos.get(set.id) ?? 0;
      if (open !== expected) fail(`change set ${set.id} is '${set.state}' but has ${open} more undos than redos`);
    }
    const last = db.prepare('SELECT coalesce(max(id), 0) AS m, count(*) AS n FROM change_sets').get() as { m: number; n: number };
    return { lastChangeSet: last.m, changeSets: last.n };
  } finally {
    db.close();
  }
}

/**
 * Every acknowledged change set is in the file, with all its audit rows holding the acknowledged values; and,
 * with `values`, each acknowledged cell not changed by a later change set still holds its acknowledged value.
 */
export function checkAcks(file: string, acks: readonly Ack[], options: { values: boolean }): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const setOf = db.prepare('SELECT id, kind, replays_id FROM change_sets WHERE id = ?');
    const readers = new Map<string, Database.Statement>();
    const reader = (table: string, field: string) => {
      const sql = `SELECT "${field}" AS v FROM "${table}" WHERE id = ?`;
      let statement = readers.get(sql);
      if (!statement) readers.set(sql, (statement = db.prepare(sql)));
      return statement;
    };
    // Fields written after an acknowledged set may rightly differ from it. Walking the acknowledgements newest
    // first, the set of fields written later only grows: one pass over the audit rows after the oldest one.
    const sorted = [...acks].sort((a, b) => b.ack - a.ack);
    const after = options.values && sorted.length > 0
      ? (db.prepare('SELECT change_set_id AS id, table_name, row_id, field FROM audit_rows WHERE change_set_id > ? ORDER BY change_set_id DESC').all(sorted.at(-1)!.ack) as ({ id: number } & Parameters<typeof key>[0])[])
      : [];
    const writtenLater = new Set<string>();
    let next = 0;
    for (const ack of sorted) {
      while (next < after.length && after[next]!.id > ack.ack) writtenLater.add(key(after[next++]!));
      const set = (setOf.get(ack.ack) as { id: number; kind: string; replays_id: number | null } | undefined) ?? fail(`acknowledged change set ${ack.ack} (${ack.op}) is missing`);
      if (!('items' in ack)) {
        if (set.kind !== ack.op || set.replays_id !== ack.target) fail(`acknowledged ${ack.op} ${ack.ack} is recorded as ${set.kind} of ${set.replays_id}`);
        continue;
      }
      const rows = rowsOf(db, ack.ack);
      if (rows.length !== ack.n) fail(`acknowledged ${ack.op} ${ack.ack} has ${rows.length} audit rows, acknowledged ${ack.n}`);
      const byKey = new Map(rows.map((r) => [key(r), r]));
      const found: Item[] = ack.items.map(([table, rowId, field]) => {
        const row = byKey.get(`${table}|${rowId}|${field}`) ?? fail(`acknowledged ${ack.op} ${ack.ack} lacks ${table}.${field} #${rowId}`);
        return [table, rowId, field, JSON.parse(row.new_value ?? 'null') as string | number];
      });
      if (checksum(found) !== ack.sum) fail(`acknowledged ${ack.op} ${ack.ack}: audit rows differ from what was acknowledged`);
      if (!options.values) continue;
      for (const [table, rowId, field, value] of ack.items) {
        if (writtenLater.has(`${table}|${rowId}|${field}`)) continue;
        const row = reader(table, field).get(rowId) as { v: unknown } | undefined;
        if (row?.v !== value) fail(`${table}.${field} #${rowId} holds ${JSON.stringify(row?.v)}, acknowledged ${JSON.stringify(value)} in ${ack.ack}`);
      }
    }
  } finally {
    db.close();
  }
}

/** The data agrees with the audit log: each audited field holds the value of the newest audit row that wrote it. */
export function checkDataMatchesAudit(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const newest = db
      .prepare(
        `SELECT a.table_name, a.row_id, a.field, a.op, a.new_value FROM audit_rows a
         JOIN (SELECT max(id) AS id FROM audit_rows GROUP BY table_name, row_id, field) m ON m.id = a.id`,
      )
      .all() as AuditRow[];
    for (const row of newest) {
      const current = db.prepare(`SELECT "${row.field}" AS v FROM "${row.table_name}" WHERE id = ?`).get(row.row_id) as { v: unknown } | undefined;
      if (row.op === 'delete') {
        if (current !== undefined) fail(`${key(row)} was deleted by the newest audit row but is there`);
      } else if (JSON.stringify(current?.v ?? null) !== (row.new_value ?? 'null')) {
        fail(`${key(row)} holds ${JSON.stringify(current?.v)}, the audit log says ${row.new_value}`);
      }
    }
    return newest.length;
  } finally {
    db.close();
  }
}
