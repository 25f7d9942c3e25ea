import { printableSheetOptions } from '../../export/printable-sheet';
import type ExcelJS from 'exceljs';
import { fitRowHeights } from '../../export/row-heights';
import { neutraliseFormula } from '../../export/spreadsheet-safety';

// What every appendix sheet shares with the investment-plan sheet: Times New Roman, a title, the province on the
// second row, the unit on the third, one header row repeated on every printed page, thin borders, A4 landscape
// fitted to the page width, page numbers in the footer.

export const FONT = 'Times New Roman';
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export type Align = 'left' | 'center' | 'right';
export interface Column {
  header: string;
  width: number;
  align?: Align;
  /** Excel number format of the column's figures. */
  numFmt?: string;
}

/** User text as a cell value: never evaluated as a formula; empty text is an empty cell. */
export const text = (value: string | null | undefined) => (value ? (neutraliseFormula(value) as string) : null);

export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '#,##0.0';
/** Plan tables print whole triệu; three decimals only when some amount is finer than a million đồng. */
export const moneyFormat = (amountsDong: readonly number[]) => (amountsDong.every((d) => d % 1_000_000 === 0) ? '#,##0' : '#,##0.000');
export const millions = (dong: number) => dong / 1_000_000;

export interface SheetHead {
  title: string;
  subtitle: string;
  unit: string;
  columns: Column[];
}

/** A sheet with its title, subtitle, unit and header rows written, and its print setup done. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, head: SheetHead): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, printableSheetOptions({ first: HEADER_ROW, last: HEADER_ROW }));
  const last = head.columns.length;
  sheet.columns = head.columns.map((c) => ({ width: c.width }));
  const banner = (row: number, value: string, font: Partial<ExcelJS.Font>, horizontal: Align) => {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text(value);
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal, vertical: 'middle' };
  };
  banner(1, head.title, { bold: true, size: 14 }, 'center');
  banner(2, head.subtitle, { italic: true, size: 12 }, 'center');
  banner(3, head.unit, { italic: true, size: 11 }, 'right');
  const header = sheet.getRow(HEADER_ROW);
  head.columns.forEach((c, i) => (header.getCell(i + 1).value = text(c.header)));
  header.font = { name: FONT, bold: true, size: 11 };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return sheet;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Borders, fonts, alignment and number formats over the table's rows (header to `lastRow`). Cells of a column share
 * one style object: exceljs recognises an object it has seen and skips re-encoding it, which makes writing a sheet of
 * thousands of rows several times faster. The objects are never changed after they are assigned.
 */
export function styleTable(sheet: ExcelJS.Worksheet, columns: Column[], lastRow: number, boldRows: ReadonlySet<number> = new Set()) {
  fitRowHeights(sheet, HEADER_ROW, lastRow);
  const header: Partial<ExcelJS.Style> = {
    font: { name: FONT, bold: true, size: 11 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
  };
  const styleOf = (column: Column, bold: boolean): Partial<ExcelJS.Style> => ({
    font: { name: FONT, size: 11, bold },
    alignment: { vertical: 'middle', wrapText: true, horizontal: column.align ?? 'left' },
    border: BORDER,
    ...(column.numFmt ? { numFmt: column.numFmt } : {}),
  });
  const plain = columns.map((c) => styleOf(c, false));
  const bold = columns.map((c) => styleOf(c, true));
  for (let r = HEADER_ROW; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const styles = r === HEADER_ROW ? columns.map(() => header) : boldRows.has(r) ? bold : plain;
    columns.forEach((_column, i) => {
      row.getCell(i + 1).style = styles[i]!;
    });
  }
}

/** A1-style column letter of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A formula cell with the result a reader (and a test) sees before any recalculation. */
export const formula = (expression: string, result: number | string) => ({ formula: expression, result });
