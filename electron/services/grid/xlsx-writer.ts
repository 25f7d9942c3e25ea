import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../export/spreadsheet-safety';
import type { ExportColumn, ExportKind } from './export-columns';

// A workbook a planner can open and keep working in: numbers stay numbers with Vietnamese-looking formats (Excel
// shows #,##0 as 1.234 under Vietnamese regional settings), years without separators, the header bold, frozen and
// filterable, widths that fit, and no cell that Excel could run as a formula.

const NUMBER_FORMATS: Record<ExportKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.000',
  year: '0',
};

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function widthOf<Row>(column: ExportColumn<Row>, rows: Row[]): number {
  if (column.width) return column.width;
  let widest = column.header.length;
  for (const row of rows.slice(0, 500)) {
    const value = column.value(row);
    if (value !== null) widest = Math.max(widest, typeof value === 'number' ? String(Math.round(value)).length + 3 : value.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

export async function viewToXlsx<Row>(columns: ExportColumn<Row>[], rows: Row[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch CĐS GDNN';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.kind];
    return { key: column.field, width: widthOf(column, rows), ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = sheet.addRow(columns.map((column) => neutraliseFormula(column.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) {
    sheet.addRow(columns.map((column) => {
      const value = column.value(row);
      return typeof value === 'string' ? neutraliseFormula(value) : value;
    }));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
