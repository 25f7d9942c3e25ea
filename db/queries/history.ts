import type { Sqlite } from '../client';

export interface HistoryFilter {
  table?: string;
  recordId?: number;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

/** The audit rows of one change set shown inline in the History view; the rest is counted. */
const ROWS_PER_SET = 20;

const parse = (value: string | null): unknown => (value === null ? null : JSON.parse(value));

/** Change sets newest first, filtered by table, record and date (dates are local ISO days, inclusive). */
export function listHistory(sqlite: Sqlite, filter: HistoryFilter) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.table || filter.recordId) {
    const conditions = ['a.change_set_id = c.id'];
    if (filter.table) {
      conditions.push('a.table_name = @table');
      params.table = filter.table;
    }
    if (filter.recordId) {
      conditions.push('a.row_id = @recordId');
      params.recordId = filter.recordId;
    }
    where.push(`EXISTS (SELECT 1 FROM audit_rows a WHERE ${conditions.join(' AND ')})`);
  }
  if (filter.from) {
    where.push('c.at >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    // 'to' is a whole day: everything before the start of the next day.
    where.push("c.at < date(@to, '+1 day')");
    params.to = filter.to;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM change_sets c ${clause}`).get(params) as { n: number }).n;
  const sets = sqlite
    .prepare(`SELECT id, kind, action, label, actor, at, state FROM change_sets c ${clause} ORDER BY c.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as {
    id: number;
    kind: 'do' | 'undo' | 'redo';
    action: string;
    label: string;
    actor: string;
    at: string;
    state: 'applied' | 'undone' | 'discarded' | 'final';
  }[];
  const rowsOf = sqlite.prepare(
    `SELECT table_name, row_id, op, field, old_value, new_value FROM audit_rows WHERE change_set_id = ? ORDER BY id LIMIT ${ROWS_PER_SET}`,
  );
  const countOf = sqlite.prepare('SELECT count(*) AS n FROM audit_rows WHERE change_set_id = ?');
  const rows = sets.map((set) => {
    const audit = rowsOf.all(set.id) as {
      table_name: string;
      row_id: number;
      op: 'insert' | 'update' | 'delete';
      field: string;
      old_value: string | null;
      new_value: string | null;
    }[];
    const count = (countOf.get(set.id) as { n: number }).n;
    return {
      ...set,
      rows: audit.map((r) => ({
        table: r.table_name,
        rowId: r.row_id,
        op: r.op,
        field: r.field,
        oldValue: parse(r.old_value),
        newValue: parse(r.new_value),
      })),
      moreRows: Math.max(0, count - audit.length),
    };
  });
  return { total, rows };
}
