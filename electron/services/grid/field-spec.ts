import type { CellValue } from '../../api/schemas/grid';
import type { AuditedTableName } from '../../api/schemas/history';
import type { Parsed } from '../../api/text/parse';

// What a register tells the generic grid service about its fields: how to read a cell, what must not be empty or
// duplicated, what is never edited here, what looks unusual. Institutions use it now; projects and allocations later.

export type FieldKind = 'text' | 'integer' | 'decimal' | 'year' | 'date' | 'choice' | 'yesno';

/** A cell's value once read: what the grid shows and sends (codes for choices, numbers for figures). */
export type PublicValue = string | number | null;

export interface FieldSpec<Row> {
  /** The contract's field name: the grid column, the edit's `field`, the export's column. */
  field: string;
  /** Vietnamese column name, for messages and exported headers of fields the page did not name. */
  header: string;
  kind: FieldKind;
  /** The table property (drizzle's camelCase name) the value is written to. Absent for fields never written here. */
  column?: string;
  /** Why the field is never edited in the grid (e.g. status changes only through lifecycle actions). */
  readOnly?: string;
  /** May not be blank, in a new row or an edit. */
  required?: boolean;
  /** Reads what the user typed or pasted; a Vietnamese reason when it cannot be accepted. */
  parse?: (value: CellValue) => Parsed<PublicValue>;
  /** The stored form of a read value (e.g. a type code → its id); the value itself when absent. */
  toStored?: (value: PublicValue) => unknown;
  /** Values that may appear only once in the table compare by this key (e.g. codes ignoring case). */
  uniqueKey?: (value: PublicValue) => string;
  /** A valid but unusual value of this field, judged on the whole row after the change. */
  warn?: (row: Row) => string | null;
}

export interface RegisterSpec<Row extends { id: number }> {
  table: AuditedTableName;
  /** What one row is called in change labels: "cơ sở". */
  noun: string;
  fields: FieldSpec<Row>[];
  /** The current rows of these ids (those that exist). */
  load(ids: number[]): Map<number, Row>;
  /** Why this row's field cannot be edited now (e.g. a merged institution), or null. */
  lockedReason?(row: Row, field: string): string | null;
  /** Existing rows whose unique field equals one of `values` under the field's uniqueKey. */
  findByUnique?(field: string, values: PublicValue[]): { id: number; value: PublicValue }[];
  /** Stored values every new row gets besides its cells. */
  insertDefaults?: Record<string, unknown>;
  /** A row's short name in change labels and messages, e.g. its code. */
  describe(row: Row): string;
}

export const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
