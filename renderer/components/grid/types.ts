import type { ApplyEditsInput, ApplyEditsResult, CellValue, ExportViewInput, GridQuery } from '../../../electron/api/schemas/grid';

// The props of the one editable grid every editable view uses (institutions, assessment, targets, allocations…).
// Built on AG Grid Community; what Community lacks (range selection, clipboard ranges, fill handle, totals) is ours.

/** How a column's cells are edited, pasted, validated in the page and shown. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'money' | 'date' | 'year' | 'choice' | 'yesno';

export interface Choice {
  /** What is sent to the server (usually a reference code). */
  value: string | number;
  /** What the user sees and may type or paste (matched without diacritics, case or NFC/NFD differences). */
  label: string;
}

export interface EditableColumn<Row> {
  /** The server's field name: the same name cell edits and the export use. */
  field: string;
  header: string;
  kind: CellKind;
  choices?: Choice[];
  /** Read the cell's value from a row; defaults to row[field]. */
  value?: (row: Row) => CellValue | undefined;
  editable?: boolean | ((row: Row) => boolean);
  /** Why a cell cannot be edited, shown on hover (e.g. "Đã phê duyệt — mở lại để sửa"). */
  lockedReason?: (row: Row) => string | null;
  /** A warning for a valid but unusual value (outside expected limits), shown on the cell. */
  warning?: (row: Row) => string | null;
  required?: boolean;
  min?: number;
  max?: number;
  width?: number;
  /** Share of the spare width (like AG Grid's flex), with `minWidth` as its floor. */
  flex?: number;
  minWidth?: number;
  /** Decimals shown in decimal and percent cells (2 and 1 by default). */
  decimals?: number;
  pinned?: 'left';
  /** Sum this column into the pinned totals row. */
  total?: boolean;
}

export interface EditableGridProps<Row extends { id: number }> {
  /** Distinguishes this grid's cache entries and its remembered column state. */
  gridId: string;
  /** data-testid of the grid's box (default: the gridId); its parts get `<testId>-total`, `-problems`, `-export-xlsx`… */
  testId?: string;
  ariaLabel?: string;
  /** Controls shown on the grid's toolbar, before its export buttons and row count. */
  toolbar?: import('react').ReactNode;
  /** How a row is named in the list of problems (e.g. its code), beside its row number. */
  rowLabel?: (row: Row) => string;
  /**
   * Names of multi-cell changes in History, with "{n}" for the number of cells written, e.g.
   * { paste: 'Dán {n} ô vào danh sách cơ sở' }. A single typed edit is named by the server.
   */
  changeLabels?: Partial<Record<'paste' | 'fill' | 'clear', string>>;
  pageSize?: number;
  columns: EditableColumn<Row>[];
  /** One page through the contract; filters and sort are applied in SQL. */
  fetchPage: (query: GridQuery) => Promise<{ total: number; rows: Row[] }>;
  /** Cache key parts that, when they change, refetch (e.g. the assessment year). */
  queryKey?: unknown[];
  search?: string;
  filters?: GridQuery['filters'];
  /** Writes edits (typed, pasted, filled) and new rows as ONE undoable change; returns per-cell verdicts. */
  applyEdits?: (input: ApplyEditsInput) => Promise<ApplyEditsResult>;
  /** Pasting past the last row offers to add rows only when this is true. */
  canAddRows?: boolean;
  /** Server totals for the pinned bottom row, over the whole filtered view (not just the loaded page). */
  fetchTotals?: (query: GridQuery) => Promise<Record<string, number>>;
  exportView?: (input: ExportViewInput) => Promise<{ file: string | null; rows: number }>;
  onRowOpen?: (row: Row) => void;
  height?: number | string;
}
