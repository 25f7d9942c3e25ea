import type { Sqlite } from '../../../db/client';
import type { HistoryStatus } from '../../api/schemas/history';
import { ServiceError } from '../service-error';
import { columnsOf } from './audited-tables';
import { AuditWriter, type RowValues } from './audit-writer';
import type { AppliedChange, Change, ChangeRequest } from './change';

export interface Author {
  actor: string;
  at: string;
}

/** Rolls a transaction back when a change set turned out to change nothing. */
class NothingChanged extends Error {}

function toSqlValues(change: Change, values: Record<string, unknown>): RowValues {
  const columns = columnsOf(change.table);
  const out: RowValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const column = columns.get(key);
    if (!column) throw new ServiceError('INVALID_INPUT', `Trường không hợp lệ: ${change.table}.${key}`, { table: change.table, field: key });
    out[column.sqlName] = column.toDriver(value);
  }
  return out;
}

function openChangeSet(sqlite: Sqlite, author: Author, kind: 'do' | 'undo' | 'redo', action: string, label: string, replaysId: number | null, state: string): number {
  const result = sqlite
    .prepare('INSERT INTO change_sets (kind, action, label, actor, at, state, replays_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(kind, action, label, author.actor, author.at, state, replaysId);
  return Number(result.lastInsertRowid);
}

/**
 * THE way data changes. In one SQLite transaction: applies every change, appends an audit row per changed field,
 * and discards the redo stack. A request that changes nothing leaves no trace. Constraint failures (CHECK, NOT
 * NULL, UNIQUE, foreign keys) roll the whole request back and come out as CONSTRAINT_VIOLATION.
 */
export function applyChanges(sqlite: Sqlite, author: Author, request: ChangeRequest): AppliedChange {
  const run = sqlite.transaction((): AppliedChange => {
    const changeSetId = openChangeSet(sqlite, author, 'do', request.action, request.label, null, request.final ? 'final' : 'applied');
    const writer = new AuditWriter(sqlite, changeSetId);
    const insertedIds: number[] = [];
    for (const change of request.changes) {
      if (change.op === 'insert') {
        insertedIds.push(writer.insert(change.table, toSqlValues(change, change.values as Record<string, unknown>)));
      } else if (change.op === 'update') {
        if (!writer.update(change.table, change.id, toSqlValues(change, change.set as Record<string, unknown>))) {
          throw new ServiceError('NOT_FOUND', `Không tìm thấy bản ghi ${change.table} #${change.id}.`, { table: change.table, id: change.id });
        }
      } else if (!writer.delete(change.table, change.id)) {
        throw new ServiceError('NOT_FOUND', `Không tìm thấy bản ghi ${change.table} #${change.id}.`, { table: change.table, id: change.id });
      }
    }
    if (writer.rows === 0) throw new NothingChanged();
    sqlite.prepare("UPDATE change_sets SET state = 'discarded' WHERE kind = 'do' AND state = 'undone'").run();
    return { changeSetId, insertedIds };
  });
  try {
    return run();
  } catch (error) {
    if (error instanceof NothingChanged) return { changeSetId: null, insertedIds: [] };
    throw asServiceError(error);
  }
}

/** SQLite constraint errors become a readable, typed error; anything else passes through unchanged. */
export function asServiceError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  const code = (error as { code?: unknown }).code;
  // A damaged page or index can pass the quick check at open and fail on first use: that is a damaged file, not a bug.
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return new ServiceError('FILE_DAMAGED', 'Tệp dữ liệu bị hỏng ở phần đang đọc; không có gì bị ghi. Hãy khôi phục từ bản sao lưu (trang Sao lưu).', { sqliteCode: code });
  }
  const message = (error as { message?: unknown }).message;
  // Raised by the year-lock triggers of migration 0003 (an approved submission freezes its year).
  if (message === 'YEAR_LOCKED') {
    return new ServiceError('YEAR_LOCKED', 'Số liệu của năm này đã được phê duyệt trong báo cáo gửi Bộ; muốn sửa phải mở lại báo cáo (kèm lý do). Không có gì bị ghi.', { sqliteCode: code });
  }
  if (message === 'APPEND_ONLY') {
    return new ServiceError('CONSTRAINT_VIOLATION', 'Bản đã xuất và gửi đi được giữ nguyên, không sửa hay xóa được.', { sqliteCode: code });
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new ServiceError('CONSTRAINT_VIOLATION', `Dữ liệu vi phạm ràng buộc: ${(error as Error).message}`, { sqliteCode: code });
  }
  return error;
}

/** Marks the baseline of a file (creation, sample data): recorded, never undoable. */
export function recordBaseline(sqlite: Sqlite, author: Author, action: string, label: string): void {
  openChangeSet(sqlite, author, 'do', action, label, null, 'final');
}

interface AuditRow {
  table_name: string;
  row_id: number;
  op: 'insert' | 'update' | 'delete';
  field: string;
  old_value: string | null;
  new_value: string | null;
}

const parse = (value: string | null) => (value === null ? null : (JSON.parse(value) as unknown));

/** Groups a change set's audit rows into row-level steps, in the order they were written. */
function stepsOf(rows: AuditRow[]) {
  const steps: { table: string; rowId: number; op: AuditRow['op']; fields: AuditRow[] }[] = [];
  for (const row of rows) {
    const last = steps.at(-1);
    if (last && last.table === row.table_name && last.rowId === row.row_id && last.op === row.op) last.fields.push(row);
    else steps.push({ table: row.table_name, rowId: row.row_id, op: row.op, fields: [row] });
  }
  return steps;
}

function valuesOf(fields: AuditRow[], side: 'old_value' | 'new_value'): RowValues {
  return Object.fromEntries(fields.map((f) => [f.field, parse(f[side])]));
}

function replay(sqlite: Sqlite, author: Author, target: { id: number; label: string; action: string }, direction: 'undo' | 'redo') {
  const rows = sqlite
    .prepare('SELECT table_name, row_id, op, field, old_value, new_value FROM audit_rows WHERE change_set_id = ? ORDER BY id')
    .all(target.id) as AuditRow[];
  const steps = stepsOf(rows);
  if (direction === 'undo') steps.reverse();
  const replayId = openChangeSet(sqlite, author, direction, target.action, target.label, target.id, 'final');
  const writer = new AuditWriter(sqlite, replayId);
  for (const step of steps) {
    const { table, rowId, op, fields } = step;
    if (direction === 'undo') {
      if (op === 'insert') writer.delete(table, rowId);
      else if (op === 'delete') writer.insert(table, valuesOf(fields, 'old_value'));
      else writer.update(table, rowId, valuesOf(fields, 'old_value'));
    } else if (op === 'insert') writer.insert(table, valuesOf(fields, 'new_value'));
    else if (op === 'delete') writer.delete(table, rowId);
    else writer.update(table, rowId, valuesOf(fields, 'new_value'));
  }
}

/** Undoes the newest applied change set by replaying its audit rows backwards, recorded as an 'undo' set. */
export function undo(sqlite: Sqlite, author: Author): HistoryStatus {
  const run = sqlite.transaction(() => {
    const target = sqlite
      .prepare("SELECT id, label, action FROM change_sets WHERE kind = 'do' AND state = 'applied' ORDER BY id DESC LIMIT 1")
      .get() as { id: number; label: string; action: string } | undefined;
    if (!target) throw new ServiceError('NOTHING_TO_UNDO', 'Không còn thao tác nào để hoàn tác.');
    replay(sqlite, author, target, 'undo');
    sqlite.prepare("UPDATE change_sets SET state = 'undone' WHERE id = ?").run(target.id);
  });
  try {
    run();
  } catch (error) {
    // A replay can meet a year locked since the change was made: the whole undo rolls back, with the reason.
    throw asServiceError(error);
  }
  return historyStatus(sqlite);
}

/** Redoes the most recently undone change set (the oldest still 'undone': undos walk backwards). */
export function redo(sqlite: Sqlite, author: Author): HistoryStatus {
  const run = sqlite.transaction(() => {
    const target = sqlite
      .prepare("SELECT id, label, action FROM change_sets WHERE kind = 'do' AND state = 'undone' ORDER BY id ASC LIMIT 1")
      .get() as { id: number; label: string; action: string } | undefined;
    if (!target) throw new ServiceError('NOTHING_TO_REDO', 'Không còn thao tác nào để làm lại.');
    replay(sqlite, author, target, 'redo');
    sqlite.prepare("UPDATE change_sets SET state = 'applied' WHERE id = ?").run(target.id);
  });
  try {
    run();
  } catch (error) {
    // A replay can meet a year locked since the change was made: the whole redo rolls back, with the reason.
    throw asServiceError(error);
  }
  return historyStatus(sqlite);
}

export function historyStatus(sqlite: Sqlite): HistoryStatus {
  const undoable = sqlite
    .prepare("SELECT label FROM change_sets WHERE kind = 'do' AND state = 'applied' ORDER BY id DESC LIMIT 1")
    .get() as { label: string } | undefined;
  const redoable = sqlite
    .prepare("SELECT label FROM change_sets WHERE kind = 'do' AND state = 'undone' ORDER BY id ASC LIMIT 1")
    .get() as { label: string } | undefined;
  return { canUndo: !!undoable, canRedo: !!redoable, undoLabel: undoable?.label ?? null, redoLabel: redoable?.label ?? null };
}
