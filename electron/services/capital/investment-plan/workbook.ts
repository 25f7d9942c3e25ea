import { printableSheetOptions } from '../../export/printable-sheet';
import ExcelJS from 'exceljs';
import type { PlanTableRow } from '../../../../db/queries/capital-plan-table';
import { formatDate } from '../../../api/text/format';
import { neutraliseFormula } from '../../export/spreadsheet-safety';
import { fitRowHeights } from '../../export/row-heights';
import { PLAN_GROUPS, type PlanGroupKey } from './groups';

// The investment-plan table in the layout provincial plan tables use: three header rows and a row of column
// numbers (repeated on every printed page), a grand-total row and a row per group whose figures are formulas a
// reader can check, then the projects. Figures in triệu đồng; A4 landscape, fitted to the page width. Every text
// cell is neutralised so nothing a user typed runs as a formula.

export interface PlanSheetInput {
  year: number;
  periodCode: string | null;
  province: { name: string; superiorBody: string; owningDepartment: string };
  groups: Map<PlanGroupKey, PlanTableRow[]>;
  /** A note per project (gap, suspension…) appended to its own notes. */
  notes: Map<number, string>;
}

const FONT = 'Times New Roman';
/** Columns G–M hold money: total investment (total, NSTW, NSĐP, other), allocated to Y−1, medium-term, year Y. */
export const MONEY_COLUMNS = ['G', 'H', 'I', 'J', 'K', 'L', 'M'] as const;
const MONEY_FIELDS: (keyof PlanTableRow)[] = ['totalDong', 'nstwDong', 'nsdpDong', 'otherDong', 'allocatedBeforeDong', 'mediumTermDong', 'planYearDong'];
export const HEADER_ROWS = { first: 4, last: 7 } as const;
export const TOTAL_ROW = 8;
const millions = (dong: number) => dong / 1_000_000;
const text = (value: string | null | undefined) => (value ? neutraliseFormula(value) : null);
/** The user's note and ours as sentences: a note already ending in a full stop gets no second one. */
const joinNotes = (...notes: (string | null | undefined)[]) =>
  notes
    .map((note) => note?.trim())
    .filter(Boolean)
    .reduce((joined, note) => (joined ? `${joined}${/[.!?…]$/.test(joined) ? ' ' : '. '}${note}` : note!), '');

function headers(sheet: ExcelJS.Worksheet, year: number, periodCode: string | null) {
  const merge = (range: string, value: string) => {
    sheet.mergeCells(range);
    sheet.getCell(range.split(':')[0]!).value = value;
  };
  merge('A4:A6', 'STT');
  merge('B4:B6', 'Danh mục dự án');
  merge('C4:C6', 'Địa điểm');
  merge('D4:D6', 'Năng lực thiết kế');
  merge('E4:E6', 'Thời gian KC - HT');
  merge('F4:J4', 'Quyết định đầu tư');
  merge('F5:F6', 'Số quyết định; ngày, tháng, năm ban hành');
  merge('G5:J5', 'TMĐT');
  sheet.getCell('G6').value = 'Tổng số (tất cả các nguồn vốn)';
  sheet.getCell('H6').value = 'Trong đó: NSTW';
  sheet.getCell('I6').value = 'NSĐP';
  sheet.getCell('J6').value = 'Nguồn khác';
  merge('K4:K6', `Lũy kế vốn đã bố trí đến hết năm ${year - 1}`);
  merge('L4:L6', `Kế hoạch đầu tư công trung hạn ${periodCode ?? ''}`.trim());
  merge('M4:M6', `Kế hoạch năm ${year}`);
  merge('N4:N6', 'Ghi chú');
  const numbers = sheet.getRow(HEADER_ROWS.last);
  for (let c = 1; c <= 14; c++) numbers.getCell(c).value = c;
  for (let r: number = HEADER_ROWS.first; r <= HEADER_ROWS.last; r++) {
    const row = sheet.getRow(r);
    row.font = { name: FONT, bold: r < HEADER_ROWS.last, italic: r === HEADER_ROWS.last, size: 11 };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function moneyFormat(rows: PlanTableRow[]): string {
  // Plan tables print whole triệu; decimals appear only when the data holds amounts finer than a million đồng.
  const whole = rows.every((row) => MONEY_FIELDS.every((field) => (row[field] as number) % 1_000_000 === 0));
  return whole ? '#,##0' : '#,##0.000';
}

export async function investmentPlanWorkbook(input: PlanSheetInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch CĐS GDNN';
  // Cached results are written, but a reader who edits a figure must see the totals follow.
  workbook.calcProperties.fullCalcOnLoad = true;
  addInvestmentPlanSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The investment-plan sheet, added to any workbook (the plan export's own, or the submission's appendix). */
export function addInvestmentPlanSheet(workbook: ExcelJS.Workbook, input: PlanSheetInput, name = `KH ${input.year}`): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, printableSheetOptions(HEADER_ROWS, 2));
  sheet.columns = [6, 46, 18, 26, 11, 20, 14, 13, 13, 13, 14, 14, 14, 28].map((width) => ({ width }));
  const all = [...input.groups.values()].flat();
  const numFmt = moneyFormat(all);

  sheet.mergeCells('A1:N1');
  sheet.getCell('A1').value = text(`KẾ HOẠCH ĐẦU TƯ CÔNG NĂM ${input.year} — CHUYỂN ĐỔI SỐ GIÁO DỤC NGHỀ NGHIỆP`);
  sheet.getCell('A1').font = { name: FONT, bold: true, size: 14 };
  sheet.mergeCells('A2:N2');
  sheet.getCell('A2').value = text([input.province.owningDepartment, input.province.name].filter(Boolean).join(' — '));
  sheet.getCell('A2').font = { name: FONT, italic: true, size: 12 };
  for (const ref of ['A1', 'A2']) sheet.getCell(ref).alignment = { horizontal: 'center' };
  sheet.mergeCells('A3:N3');
  sheet.getCell('A3').value = 'Đơn vị: triệu đồng';
  sheet.getCell('A3').alignment = { horizontal: 'right' };
  sheet.getCell('A3').font = { name: FONT, italic: true, size: 11 };
  headers(sheet, input.year, input.periodCode);

  const total = sheet.getRow(TOTAL_ROW);
  total.getCell(2).value = 'TỔNG SỐ';
  let next = TOTAL_ROW + 1;
  const groupRowNumbers: number[] = [];
  const sums = new Map<string, number>();
  for (const group of PLAN_GROUPS) {
    const rows = input.groups.get(group.key) ?? [];
    const groupRow = sheet.getRow(next);
    groupRowNumbers.push(next);
    groupRow.getCell(1).value = group.numeral;
    groupRow.getCell(2).value = group.title(input.year);
    groupRow.font = { name: FONT, bold: true, size: 11 };
    const first = next + 1;
    rows.forEach((row, i) => {
      const line = sheet.getRow(first + i);
      line.values = [
        i + 1,
        text(row.name),
        text(row.location),
        text(row.outputs),
        `${row.startYear} - ${row.endYear}`,
        text([row.decisionNumber, row.decisionDate ? formatDate(row.decisionDate) : null].filter(Boolean).join('; ')),
        ...MONEY_FIELDS.map((field) => millions(row[field] as number)),
        text(joinNotes(row.notes, input.notes.get(row.projectId))),
      ];
      line.font = { name: FONT, size: 11 };
    });
    const last = first + rows.length - 1;
    MONEY_COLUMNS.forEach((column, c) => {
      const result = rows.reduce((n, row) => n + millions(row[MONEY_FIELDS[c]!] as number), 0);
      sums.set(column, (sums.get(column) ?? 0) + result);
      groupRow.getCell(column).value = rows.length ? { formula: `SUM(${column}${first}:${column}${last})`, result } : 0;
    });
    next = first + rows.length;
  }
  for (const column of MONEY_COLUMNS) {
    total.getCell(column).value = { formula: groupRowNumbers.map((r) => `${column}${r}`).join('+'), result: sums.get(column) ?? 0 };
  }
  total.font = { name: FONT, bold: true, size: 11 };

  const lastRow = next - 1;
  for (let r: number = HEADER_ROWS.first; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= 14; c++) {
      const cell = row.getCell(c);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (r > HEADER_ROWS.last) {
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c === 1 || c === 5 ? 'center' : c >= 7 && c <= 13 ? 'right' : 'left' };
        if (c >= 7 && c <= 13) cell.numFmt = numFmt;
      }
    }
  }
  // Heights written here, for every workbook this sheet goes into: LibreOffice prints wrapped text in rows of the
  // default height, so a long name or the column headers of row 6 ran over the row below. Rows 4–5 hold only
  // headers merged down into row 6, which gets the height.
  fitRowHeights(sheet, HEADER_ROWS.last - 1, lastRow);
  return sheet;
}
