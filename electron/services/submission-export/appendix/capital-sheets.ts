import type ExcelJS from 'exceljs';
import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { addTableSheet, type Column, columnLetter, FIRST_DATA_ROW, formula, millions, moneyFormat, styleTable, text } from './sheet-style';

// Phụ lục 4: capital by source and year (allocated after adjustment, then disbursed), with row and column totals as
// formulas; Phụ lục 5: every allocation row behind it (project × year × source), totals on top.

type Allocation = SubmissionSnapshot['allocations'][number];
const allocated = (row: Allocation) => row.adjustedDong ?? row.plannedDong;

export function addCapitalBySourceSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const rows = snapshot.allocations.filter((row) => row.year <= snapshot.year);
  const firstYear = rows.length ? Math.min(...rows.map((row) => row.year)) : snapshot.year;
  const years = Array.from({ length: snapshot.year - firstYear + 1 }, (_, i) => firstYear + i);
  const numFmt = moneyFormat(rows.flatMap((row) => [allocated(row), row.disbursedDong]));
  const columns: Column[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Nguồn vốn', width: 40 },
    ...years.map((year) => ({ header: `Năm ${year}`, width: 14, align: 'right' as const, numFmt })),
    { header: 'Tổng số', width: 16, align: 'right', numFmt },
  ];
  const sheet = addTableSheet(workbook, 'Vốn theo nguồn', {
    title: `PHỤ LỤC 4. VỐN BỐ TRÍ VÀ GIẢI NGÂN THEO NGUỒN VỐN, NĂM ${firstYear}–${snapshot.year}`,
    subtitle,
    unit: 'Đơn vị: triệu đồng',
    columns,
  });
  const used = snapshot.capitalSources.filter((s) => rows.some((row) => row.sourceCode === s.code));
  const unknown = [...new Set(rows.map((row) => row.sourceCode))].filter((code) => !used.some((s) => s.code === code));
  const sources = [...used, ...unknown.map((code) => ({ code, nameVi: code }))];
  const lastYearColumn = 2 + years.length;
  const totalColumn = lastYearColumn + 1;
  const bold = new Set<number>();

  const block = (start: number, numeral: string, title: string, measure: (row: Allocation) => number) => {
    const head = sheet.getRow(start);
    bold.add(start);
    head.getCell(1).value = numeral;
    head.getCell(2).value = title;
    const first = start + 1;
    sources.forEach((source, i) => {
      const r = first + i;
      const row = sheet.getRow(r);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = text(source.nameVi);
      let sum = 0;
      years.forEach((year, k) => {
        const value = millions(rows.filter((a) => a.sourceCode === source.code && a.year === year).reduce((n, a) => n + measure(a), 0));
        sum += value;
        row.getCell(3 + k).value = value;
      });
      row.getCell(totalColumn).value = formula(`SUM(C${r}:${columnLetter(lastYearColumn)}${r})`, sum);
    });
    const last = first + sources.length - 1;
    for (let c = 3; c <= totalColumn; c++) {
      const letter = columnLetter(c);
      const result = sources.reduce((n, _s, i) => {
        const v = sheet.getRow(first + i).getCell(c).value as number | { result: number };
        return n + (typeof v === 'number' ? v : v.result);
      }, 0);
      head.getCell(c).value = sources.length ? formula(`SUM(${letter}${first}:${letter}${last})`, result) : 0;
    }
    return last + 1;
  };
  const next = block(FIRST_DATA_ROW, 'I', 'Kế hoạch vốn giao (sau điều chỉnh, nếu có)', allocated);
  const end = block(next, 'II', 'Vốn đã giải ngân', (row) => row.disbursedDong);
  styleTable(sheet, columns, end - 1, bold);
  return sheet;
}

export function addAllocationsSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const rows = [...snapshot.allocations].sort((a, b) => a.projectCode.localeCompare(b.projectCode, 'vi') || a.year - b.year || a.sourceCode.localeCompare(b.sourceCode));
  const numFmt = moneyFormat(rows.flatMap((row) => [row.plannedDong, row.adjustedDong ?? 0, row.disbursedDong]));
  const columns: Column[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Mã dự án', width: 12 },
    { header: 'Tên dự án', width: 50 },
    { header: 'Năm', width: 8, align: 'center' },
    { header: 'Nguồn vốn', width: 26 },
    { header: 'Kế hoạch vốn giao', width: 15, align: 'right', numFmt },
    { header: 'Kế hoạch sau điều chỉnh', width: 15, align: 'right', numFmt },
    { header: 'Giải ngân', width: 15, align: 'right', numFmt },
  ];
  const sheet = addTableSheet(workbook, 'Chi tiết phân bổ vốn', {
    title: `PHỤ LỤC 5. CHI TIẾT PHÂN BỔ VỐN THEO DỰ ÁN, NĂM VÀ NGUỒN VỐN (ĐẾN NĂM ${snapshot.year})`,
    subtitle,
    unit: 'Đơn vị: triệu đồng',
    columns,
  });
  const names = new Map(snapshot.projects.map((p) => [p.code, p.name]));
  const sources = new Map(snapshot.capitalSources.map((s) => [s.code, s.nameVi]));
  const totalRow = FIRST_DATA_ROW;
  const first = totalRow + 1;
  rows.forEach((row, i) => {
    sheet.getRow(first + i).values = [
      i + 1,
      text(row.projectCode),
      text(names.get(row.projectCode) ?? ''),
      row.year,
      text(sources.get(row.sourceCode) ?? row.sourceCode),
      millions(row.plannedDong),
      row.adjustedDong === null ? null : millions(row.adjustedDong),
      millions(row.disbursedDong),
    ];
  });
  const last = first + rows.length - 1;
  const total = sheet.getRow(totalRow);
  total.getCell(3).value = 'TỔNG SỐ';
  const sums: [string, (row: (typeof rows)[number]) => number][] = [
    ['F', (row) => row.plannedDong],
    ['G', (row) => row.adjustedDong ?? 0],
    ['H', (row) => row.disbursedDong],
  ];
  for (const [letter, pick] of sums) {
    total.getCell(letter).value = rows.length ? formula(`SUM(${letter}${first}:${letter}${last})`, millions(rows.reduce((n, row) => n + pick(row), 0))) : 0;
  }
  styleTable(sheet, columns, Math.max(last, totalRow), new Set([totalRow]));
  return sheet;
}
