import { printableSheetOptions } from '../export/printable-sheet';
import ExcelJS from 'exceljs';
import type { Rollup } from '../../api/schemas/consolidation';
import { formatDateTime } from '../../api/text/format';
import { neutraliseFormula } from '../export/spreadsheet-safety';

// The national summary workbook: the roll-up by province and by target, capital by source and year, institutions by
// type. Printable as the ministry files it: A4 landscape fitted to the page width, header rows repeated on every page,
// money in triệu đồng, totals and percentages as formulas a reader can check (with their results cached), and every
// text from a package neutralised so nothing a province typed runs as a formula.

const FONT = 'Times New Roman';
const MONEY = '#,##0.000';
const COUNT = '#,##0';
const PERCENT = '0.0';
const millions = (dong: number) => Math.round(dong) / 1_000_000;
const text = (value: string) => neutraliseFormula(value);

type Cell = ExcelJS.CellValue;
interface Column<R> {
  header: string;
  width: number;
  format?: string;
  /** The cell of a data row; `at(column)` names a cell of the same row, for formulas. */
  value: (row: R, at: (column: string) => string) => Cell;
  /** The totals row: a sum of the column, a formula of other totals, or nothing. */
  total?: 'sum' | ((at: (column: string) => string, sums: Map<string, number>) => Cell);
}

const letter = (index: number) => String.fromCharCode(65 + index);
const ratio = (numerator: string, denominator: string, result: number | null): Cell => ({
  formula: `IF(${denominator}>0,${numerator}/${denominator}*100,"")`,
  result: result ?? '',
});

function tableSheet<R>(workbook: ExcelJS.Workbook, name: string, title: string, note: string, columns: Column<R>[], rows: R[], totalLabel: string | null) {
  const headerRow = 4;
  const sheet = workbook.addWorksheet(name, printableSheetOptions({ first: headerRow, last: headerRow }, 2));
  const last = letter(columns.length - 1);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { name: FONT, bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value = note;
  sheet.getCell('A2').font = { name: FONT, italic: true, size: 11 };
  sheet.getCell('A2').alignment = { horizontal: 'right' };
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { name: FONT, bold: true, size: 11 };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 45;
  const first = headerRow + 1;
  const sums = new Map<string, number>();
  rows.forEach((row, r) => {
    const line = sheet.getRow(first + r);
    const at = (column: string) => `${column}${first + r}`;
    let lines = 1;
    columns.forEach((c, i) => {
      const value = c.value(row, at);
      line.getCell(i + 1).value = value;
      if (typeof value === 'number') sums.set(letter(i), (sums.get(letter(i)) ?? 0) + value);
      // Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves: say how tall it is.
      if (typeof value === 'string') lines = Math.max(lines, Math.ceil(value.length / Math.max(1, c.width * 1.15)));
    });
    line.font = { name: FONT, size: 11 };
    if (lines > 1) line.height = 15 * lines;
  });
  let lastRow = first + rows.length - 1;
  if (totalLabel) {
    lastRow += 1;
    const total = sheet.getRow(lastRow);
    const at = (column: string) => `${column}${lastRow}`;
    total.getCell(2).value = totalLabel;
    columns.forEach((c, i) => {
      const column = letter(i);
      if (c.total === 'sum') {
        total.getCell(i + 1).value = rows.length ? { formula: `SUM(${column}${first}:${column}${lastRow - 1})`, result: sums.get(column) ?? 0 } : 0;
      } else if (c.total) total.getCell(i + 1).value = c.total(at, sums);
    });
    total.font = { name: FONT, size: 11, bold: true };
  }
  for (let r = headerRow; r <= lastRow; r++) {
    for (let i = 0; i < columns.length; i++) {
      const cell = sheet.getRow(r).getCell(i + 1);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (r > headerRow) {
        const format = columns[i]!.format;
        if (format) cell.numFmt = format;
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: format ? 'right' : i === 0 ? 'center' : 'left' };
      }
    }
  }
  return sheet;
}

type ProvinceRow = Rollup['byProvince'][number];
type TargetRow = Rollup['byTarget'][number];
type CapitalRow = Rollup['capitalBySourceAndYear'][number];
type TypeRow = Rollup['institutionsByType'][number];

export async function summaryWorkbook(rollup: Rollup, generatedAt: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch CĐS GDNN';
  workbook.calcProperties.fullCalcOnLoad = true;
  const { year } = rollup;
  const made = `Lập lúc ${formatDateTime(generatedAt)} từ ${rollup.packageCount} gói dữ liệu. Đơn vị tiền: triệu đồng`;
  let stt = 0;
  const sttOf = () => (stt += 1);

  stt = 0;
  tableSheet<ProvinceRow>(
    workbook,
    'Theo tỉnh',
    `TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ GDNN NĂM ${year} THEO TỈNH, THÀNH PHỐ`,
    made,
    [
      { header: 'STT', width: 6, value: () => sttOf() },
      { header: 'Tỉnh, thành phố', width: 22, value: (r) => text(r.unit) },
      { header: 'Gói dữ liệu tổng hợp', width: 30, value: (r) => text(r.packages.join('; ') || 'Chưa gửi') },
      { header: 'Số cơ sở GDNN', width: 11, format: COUNT, value: (r) => r.institutionsActive, total: 'sum' },
      { header: 'Đã đánh giá', width: 11, format: COUNT, value: (r) => r.institutionsAssessed, total: 'sum' },
      { header: 'Đã phê duyệt', width: 11, format: COUNT, value: (r) => r.institutionsApproved, total: 'sum' },
      { header: 'Số dự án', width: 9, format: COUNT, value: (r) => r.projects, total: 'sum' },
      { header: `Kế hoạch vốn năm ${year}`, width: 15, format: MONEY, value: (r) => millions(r.plannedThisYearDong), total: 'sum' },
      { header: `Giải ngân năm ${year}`, width: 15, format: MONEY, value: (r) => millions(r.disbursedThisYearDong), total: 'sum' },
      {
        header: 'Tỷ lệ giải ngân (%)',
        width: 11,
        format: PERCENT,
        value: (r, at) => ratio(at('I'), at('H'), r.disbursementRate),
        total: (at) => ratio(at('I'), at('H'), rollup.totals.disbursementRate),
      },
      { header: 'Còn thiếu vốn', width: 15, format: MONEY, value: (r) => millions(r.fundingGapDong), total: 'sum' },
      { header: 'Người tham dự truyền thông', width: 13, format: COUNT, value: (r) => r.participants, total: 'sum' },
    ],
    rollup.byProvince,
    'TỔNG CỘNG',
  );

  stt = 0;
  tableSheet<TargetRow>(
    workbook,
    'Theo chỉ tiêu',
    `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CƠ BẢN NĂM ${year} (TOÀN QUỐC)`,
    `${made}. Tỷ lệ = tổng tử số / tổng mẫu số của các tỉnh, không lấy trung bình tỷ lệ`,
    [
      { header: 'STT', width: 6, value: () => sttOf() },
      { header: 'Mã', width: 7, value: (r) => text(r.code) },
      { header: 'Chỉ tiêu', width: 60, value: (r) => text(r.nameVi) },
      { header: 'Tử số', width: 13, format: COUNT, value: (r) => r.numerator },
      { header: 'Mẫu số', width: 13, format: COUNT, value: (r) => r.denominator },
      { header: 'Kết quả (%)', width: 11, format: PERCENT, value: (r, at) => ratio(at('D'), at('E'), r.attainment) },
      { header: `Chỉ tiêu năm ${year} (%)`, width: 11, format: PERCENT, value: (r) => r.target ?? '' },
      { header: 'Số tỉnh có số liệu', width: 11, format: COUNT, value: (r) => r.provincesReporting },
      { header: 'Số cơ sở có số liệu', width: 11, format: COUNT, value: (r) => r.institutionsCounted },
    ],
    rollup.byTarget,
    null,
  );

  const targets = rollup.byTarget;
  stt = 0;
  tableSheet<ProvinceRow>(
    workbook,
    'Chỉ tiêu theo tỉnh',
    `TỶ LỆ ĐẠT CÁC CHỈ TIÊU NĂM ${year} THEO TỈNH, THÀNH PHỐ (%)`,
    'Mỗi tỷ lệ = tử số / mẫu số cộng từ các gói của tỉnh',
    [
      { header: 'STT', width: 6, value: () => sttOf() },
      { header: 'Tỉnh, thành phố', width: 22, value: (r) => text(r.unit) },
      ...targets.map((t): Column<ProvinceRow> => ({
        header: t.code,
        width: 9,
        format: PERCENT,
        value: (r) => t.byUnit.find((u) => u.unit === r.unit)?.attainment ?? '',
      })),
    ],
    rollup.byProvince,
    null,
  );

  tableSheet<CapitalRow>(
    workbook,
    'Vốn theo nguồn',
    `VỐN CHO CHUYỂN ĐỔI SỐ GDNN THEO NGUỒN VÀ NĂM (CÁC GÓI NĂM ${year})`,
    made,
    [
      { header: 'Mã nguồn', width: 9, value: (r) => text(r.sourceCode) },
      { header: 'Nguồn vốn', width: 36, value: (r) => text(r.sourceName) },
      { header: 'Năm', width: 8, format: '0', value: (r) => r.year },
      { header: 'Kế hoạch giao', width: 16, format: MONEY, value: (r) => millions(r.plannedDong), total: 'sum' },
      { header: 'Kế hoạch sau điều chỉnh', width: 16, format: MONEY, value: (r) => millions(r.adjustedDong), total: 'sum' },
      { header: 'Giải ngân', width: 16, format: MONEY, value: (r) => millions(r.disbursedDong), total: 'sum' },
      { header: 'Tỷ lệ giải ngân (%)', width: 11, format: PERCENT, value: (r, at) => ratio(at('F'), at('E'), r.adjustedDong > 0 ? (r.disbursedDong / r.adjustedDong) * 100 : null), total: (at, sums) => ratio(at('F'), at('E'), (sums.get('E') ?? 0) > 0 ? ((sums.get('F') ?? 0) / sums.get('E')!) * 100 : null) },
    ],
    rollup.capitalBySourceAndYear,
    'TỔNG CỘNG',
  );

  stt = 0;
  tableSheet<TypeRow>(
    workbook,
    'Cơ sở theo loại hình',
    `CƠ SỞ GDNN THEO LOẠI HÌNH NĂM ${year}`,
    `Lập lúc ${formatDateTime(generatedAt)} từ ${rollup.packageCount} gói dữ liệu`,
    [
      { header: 'STT', width: 6, value: () => sttOf() },
      { header: 'Loại hình', width: 44, value: (r) => text(r.typeName) },
      { header: 'Số cơ sở', width: 12, format: COUNT, value: (r) => r.count, total: 'sum' },
    ],
    rollup.institutionsByType,
    'TỔNG CỘNG',
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
