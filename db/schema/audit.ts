import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One user action (or an undo / redo of one). Undo and redo replay the audit rows of a change set, so the
 * change sets of kind 'do' form the undo stack: state 'applied' → undoable; 'undone' → redoable until a new
 * 'do' set discards them.
 */
export const changeSets = sqliteTable(
  'change_sets',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    action: text('action').notNull(),
    label: text('label').notNull(),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
    state: text('state').notNull(),
    // For undo / redo sets: the 'do' set they replayed.
    replaysId: integer('replays_id'),
  },
  (t) => [
    check('change_sets_kind', sql`${t.kind} IN ('do', 'undo', 'redo')`),
    check('change_sets_state', sql`${t.state} IN ('applied', 'undone', 'discarded', 'final')`),
    index('change_sets_state_idx').on(t.kind, t.state),
    index('change_sets_at_idx').on(t.at),
  ],
);

/** One field of one row changed by a change set; values are JSON so numbers stay numbers. */
export const auditRows = sqliteTable(
  'audit_rows',
  {
    id: integer('id').primaryKey(),
    changeSetId: integer('change_set_id')
      .notNull()
      .references(() => changeSets.id),
    tableName: text('table_name').notNull(),
    rowId: integer('row_id').notNull(),
    op: text('op').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [
    check('audit_rows_op', sql`${t.op} IN ('insert', 'update', 'delete')`),
    index('audit_rows_change_set_idx').on(t.changeSetId),
    index('audit_rows_record_idx').on(t.tableName, t.rowId),
  ],
);
