import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/client';

export type RowValues = Record<string, unknown>;
export type Op = 'insert' | 'update' | 'delete';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Low-level row writes that also append audit rows; shared by the mutation path and by undo / redo replay. */
export class AuditWriter {
  private readonly statements = new Map<string, Statement<unknown[]>>();
  rows = 0;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly changeSetId: number,
  ) {}

  private prepare(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare<unknown[]>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private audit(table: string, rowId: number, op: Op, field: string, oldValue: unknown, newValue: unknown) {
    this.prepare(
      'INSERT INTO audit_rows (change_set_id, table_name, row_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(this.changeSetId, table, rowId, op, field, json(oldValue), json(newValue));
    this.rows += 1;
  }

  read(table: string, id: number): RowValues | undefined {
    return this.prepare(`SELECT * FROM "${table}" WHERE id = ?`).get(id) as RowValues | undefined;
  }

  /** Inserts a row (with its id when replaying) and records every stored field, defaults included. */
  insert(table: string, values: RowValues): number {
    const names = Object.keys(values);
    const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const id = Number(this.prepare(sql).run(...names.map((n) => values[n])).lastInsertRowid);
    const stored = this.read(table, id) ?? {};
    for (const [field, value] of Object.entries(stored)) {
      if (value !== null) this.audit(table, id, 'insert', field, null, value);
    }
    return id;
  }

  /** Updates the given fields and records those whose value really changed. */
  update(table: string, id: number, set: RowValues): boolean {
    const before = this.read(table, id);
    if (!before) return false;
    const changed = Object.keys(set).filter((field) => before[field] !== set[field]);
    if (changed.length === 0) return true;
    const sql = `UPDATE "${table}" SET ${changed.map((n) => `"${n}" = ?`).join(', ')} WHERE id = ?`;
    this.prepare(sql).run(...changed.map((n) => set[n]), id);
    const after = this.read(table, id) ?? {};
    for (const field of changed) this.audit(table, id, 'update', field, before[field], after[field]);
    return true;
  }

  /** Deletes a row and records every field, so undo can put it back exactly. */
  delete(table: string, id: number): boolean {
    const before = this.read(table, id);
    if (!before) return false;
    this.prepare(`DELETE FROM "${table}" WHERE id = ?`).run(id);
    for (const [field, value] of Object.entries(before)) {
      if (value !== null || field === 'id') this.audit(table, id, 'delete', field, value, null);
    }
    return true;
  }
}
