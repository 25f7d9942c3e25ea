import type { CellClassParams, ColDef, ITooltipParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { CellValue } from '../../../electron/api/schemas/grid';
import { CellEditor, type CellEditorParams } from './CellEditor';
import type { CellMarks } from './cell-marks';
import { formatCellValue } from './cell-text';
import { lockOf, valueOf } from './range-edits';
import { RowHeaderCell, type RowHeaderParams } from './RowHeaderCell';
import type { TypeAhead } from './type-ahead';
import type { Choice, EditableColumn } from './types';
import { ROW_HEADER_ID } from './useRangeSelection';

// EditableColumn (what a page declares) → AG Grid column: Vietnamese display by kind, the one editor, the cell's
// state as classes (invalid, warning, locked, read-only) with its reason as a tooltip, and the totals row's value.

export interface ColumnContext {
  marks: CellMarks;
  /** Whether the grid can write at all (it was given applyEdits). */
  writable: boolean;
  totalsLabel: string;
  /** The column that shows the totals row's label. */
  labelField: string | null;
  yesNo: readonly Choice[];
  typeAhead: TypeAhead;
}

const NUMERIC = new Set(['integer', 'decimal', 'percent', 'money']);
const DEFAULT_WIDTH: Record<string, number> = { integer: 110, decimal: 120, percent: 100, money: 140, year: 90, date: 115, yesno: 90, choice: 160, text: 160 };

const rowOf = <Row>(data: Row | undefined): Row | null => (data && (data as { id?: number }).id !== undefined ? data : null);

export function toColDef<Row extends { id: number }>(column: EditableColumn<Row>, ctx: ColumnContext): ColDef<Row> {
  const rules = { ...column, choices: column.kind === 'yesno' ? (column.choices ?? ctx.yesNo) : column.choices };
  const numeric = NUMERIC.has(column.kind);
  const markOf = (data: Row | undefined) => {
    const row = rowOf(data);
    return row && row.id > 0 ? ctx.marks.get(row.id, column.field) : undefined;
  };
  const staticReadOnly = column.editable === false || !ctx.writable;
  const lockReason = (data: Row | undefined) => {
    const row = rowOf(data);
    return row && row.id > 0 && ctx.writable && column.editable !== false ? (column.lockedReason?.(row) ?? null) : null;
  };
  const warningOf = (data: Row | undefined) => {
    const mark = markOf(data);
    if (mark?.level === 'invalid') return null;
    const row = rowOf(data);
    return (row && column.warning?.(row)) || (mark?.level === 'warning' ? mark.message : null);
  };
  const editorParams: CellEditorParams = { column: column as EditableColumn<unknown>, yesNo: ctx.yesNo, typeAhead: ctx.typeAhead };
  return {
    colId: column.field,
    headerName: column.header,
    headerTooltip: column.header,
    width: column.width ?? DEFAULT_WIDTH[column.kind],
    ...(column.flex ? { flex: column.flex, minWidth: column.minWidth ?? column.width ?? 160 } : {}),
    ...(column.pinned ? { pinned: column.pinned } : {}),
    valueGetter: (p: ValueGetterParams<Row>) => {
      if (!p.data) return undefined;
      if (p.node?.rowPinned) return column.total ? (p.data as Record<string, unknown>)[column.field] : null;
      return valueOf(column, p.data);
    },
    valueFormatter: (p: ValueFormatterParams<Row>) => {
      if (p.node?.rowPinned) return column.field === ctx.labelField ? ctx.totalsLabel : column.total ? formatCellValue(rules, p.value as CellValue) : '';
      const mark = markOf(p.data);
      if (mark?.level === 'invalid' && mark.text !== undefined) return mark.text;
      return formatCellValue(rules, p.value as CellValue);
    },
    editable: (p) => !staticReadOnly && !p.node.rowPinned && !!p.data && lockOf(column, p.data) === null,
    cellEditor: CellEditor,
    cellEditorParams: editorParams,
    cellEditorPopup: column.kind === 'choice' || column.kind === 'yesno',
    cellEditorPopupPosition: 'over',
    ...(numeric ? { type: 'rightAligned', cellClass: ['num'] } : {}),
    cellClassRules: {
      'eg-invalid': (p: CellClassParams<Row>) => !p.node.rowPinned && markOf(p.data)?.level === 'invalid',
      'eg-warning': (p: CellClassParams<Row>) => !p.node.rowPinned && warningOf(p.data) !== null,
      'eg-locked': (p: CellClassParams<Row>) => !p.node.rowPinned && lockReason(p.data) !== null,
      'eg-readonly': (p: CellClassParams<Row>) => !p.node.rowPinned && column.editable === false,
    },
    tooltipValueGetter: (p: ITooltipParams<Row>) => {
      if (p.node?.rowPinned) return undefined;
      const mark = markOf(p.data);
      if (mark?.level === 'invalid') return mark.message;
      const reason = lockReason(p.data) ?? warningOf(p.data);
      if (reason) return reason;
      return column.kind === 'text' || column.kind === 'choice' ? (p.valueFormatted ?? undefined) || undefined : undefined;
    },
  };
}

export function rowHeaderColDef<Row>(header: string, params: RowHeaderParams): ColDef<Row> {
  return {
    colId: ROW_HEADER_ID,
    headerName: header,
    width: 54,
    pinned: 'left',
    sortable: false,
    resizable: false,
    editable: false,
    cellClass: 'eg-row-header',
    cellRenderer: RowHeaderCell,
    cellRendererParams: params,
  };
}
