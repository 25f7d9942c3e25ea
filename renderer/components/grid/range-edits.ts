import type { CellEdit, CellValue } from '../../../electron/api/schemas/grid';
import { cellText, parseCellText } from './cell-text';
import type { EditableColumn } from './types';

// Texts destined for cells (pasted, filled, cleared, typed) → the edits to send and the problems found in the page.
// A locked or read-only cell and a value that does not parse are problems, never edits; a value equal to what the
// cell holds is neither (the change set stays honest about what changed).

export interface CellIssue {
  /** Displayed row index, or for a new row its index past the last row, as -(index + 1). */
  rowIndex: number;
  /** The row id, or -(index + 1) for a new row (the server's numbering for newRows). */
  id: number;
  field: string;
  header: string;
  text: string;
  message: string;
}

export interface TextTarget<Row> {
  rowIndex: number;
  row: Row;
  column: EditableColumn<Row>;
  /** Text to read with the column's rules; or a value already read (fill-down copies values, not texts). */
  text?: string;
  value?: CellValue;
}

export const rulesOf = <Row>(column: EditableColumn<Row>) => ({ ...column, header: column.header });

export const valueOf = <Row>(column: EditableColumn<Row>, row: Row): CellValue | undefined =>
  column.value ? column.value(row) : ((row as Record<string, unknown>)[column.field] as CellValue | undefined);

/** Why this row's cell in this column may not change, or null. */
export function lockOf<Row>(column: EditableColumn<Row>, row: Row): string | null {
  const reason = column.lockedReason?.(row) ?? null;
  if (reason) return reason;
  const editable = typeof column.editable === 'function' ? column.editable(row) : (column.editable ?? true);
  return editable ? null : `Cột ${column.header} không sửa được`;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) => (a ?? null) === (b ?? null);

export function editsFromTargets<Row extends { id: number }>(targets: readonly TextTarget<Row>[]): { edits: (CellEdit & { text: string })[]; issues: CellIssue[] } {
  const edits: (CellEdit & { text: string })[] = [];
  const issues: CellIssue[] = [];
  for (const target of targets) {
    const { column, row } = target;
    const text = target.text ?? cellText(column, target.value ?? null);
    const issue = (message: string) => issues.push({ rowIndex: target.rowIndex, id: row.id, field: column.field, header: column.header, text, message });
    const locked = lockOf(column, row);
    if (locked) {
      issue(locked);
      continue;
    }
    const parsed = target.text === undefined ? { ok: true as const, value: target.value ?? null } : parseCellText(column, target.text);
    if (!parsed.ok) {
      issue(parsed.reason);
      continue;
    }
    if (parsed.value === null && column.required) {
      issue(`${column.header} không được để trống`);
      continue;
    }
    if (same(parsed.value, valueOf(column, row))) continue;
    edits.push({ id: row.id, field: column.field, value: parsed.value, text });
  }
  return { edits, issues };
}

/** Cells pasted below the last row → new rows (field → value) and the problems of their cells. */
export function newRowsFromTexts<Row>(
  rows: readonly { index: number; cells: readonly { column: EditableColumn<Row>; text: string }[] }[],
): { newRows: Record<string, CellValue>[]; issues: CellIssue[] } {
  const newRows: Record<string, CellValue>[] = [];
  const issues: CellIssue[] = [];
  for (const row of rows) {
    const values: Record<string, CellValue> = {};
    const id = -(newRows.length + 1);
    for (const { column, text } of row.cells) {
      const parsed = parseCellText({ ...column, required: false }, text);
      if (parsed.ok) values[column.field] = parsed.value;
      else issues.push({ rowIndex: -(row.index + 1), id, field: column.field, header: column.header, text, message: parsed.reason });
    }
    newRows.push(values);
  }
  return { newRows, issues };
}
