import type { AuditedTableName } from '../../api/schemas/history';
import type { InsertRow } from './audited-tables';

/** One row-level write. Property names are the drizzle schema's (camelCase); values are plain JSON. */
export type Change<T extends AuditedTableName = AuditedTableName> = T extends AuditedTableName
  ?
      | { op: 'insert'; table: T; values: InsertRow<T> }
      | { op: 'update'; table: T; id: number; set: Partial<InsertRow<T>> }
      | { op: 'delete'; table: T; id: number }
  : never;

export interface ChangeRequest {
  /** Machine name of the action, e.g. 'profile.update'. */
  action: string;
  /** What the History view and the Undo menu show, in the user's words. */
  label: string;
  changes: Change[];
  /**
   * A change Undo must never take back (approving or reopening a submission: the lock and its reason are the
   * record). It is still audited and shown in History; Undo skips past it to older changes.
   */
  final?: boolean;
}

export interface AppliedChange {
  changeSetId: number | null;
  insertedIds: number[];
}
