// The workbook as the importer sees it: plain values per cell, nothing of exceljs left, so a session held in
// memory is small and the same code reads xlsx and csv.

export interface CellDate {
  /** ISO yyyy-mm-dd. */
  date: string;
}
export interface CellError {
  /** The spreadsheet's error text, e.g. #N/A. */
  error: string;
}
export type Cell = null | string | number | boolean | CellDate | CellError;

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** Row number (1-based, as the spreadsheet shows it) → cells by column (index 0 = column A). */
  rows: Map<number, Cell[]>;
  merges: MergedRange[];
  /** Rows that hold at least one value. */
  valueRows: number;
  columnCount: number;
  /** Why the sheet cannot be imported (too many rows), or null. */
  problem: string | null;
  notes: string[];
}

export interface GridWorkbook {
  fileName: string;
  format: 'xlsx' | 'csv';
  sizeBytes: number;
  sheets: GridSheet[];
}

export const isDate = (cell: Cell): cell is CellDate => typeof cell === 'object' && cell !== null && 'date' in cell;
export const isError = (cell: Cell): cell is CellError => typeof cell === 'object' && cell !== null && 'error' in cell;

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

const isoToVietnamese = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** How a cell reads as text: dates dd/mm/yyyy, numbers as typed (no grouping), NFC. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.normalize('NFC');
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return isoToVietnamese(cell.date);
  return cell.error;
}

/** Spreadsheet column letters for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The row numbers of a sheet in order (rows are sparse). */
export function rowNumbers(sheet: GridSheet): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

export function rowHasValue(cells: Cell[] | undefined): boolean {
  return !!cells && cells.some((c) => !isBlank(c));
}
