import type ExcelJS from 'exceljs';
import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { addTableSheet, type Column, COUNT_FORMAT, FIRST_DATA_ROW, columnLetter, formula, styleTable, text } from './sheet-style';

// Phụ lục 1: every institution of the year with its size and its indicator values, one column per indicator.
// Counts are summed, yes/no indicators counted ("Có"), in a total row above the institutions as plan tables do.

const OWNERSHIP: Record<string, string> = { CONG_LAP: 'Công lập', TU_THUC: 'Tư thục', FDI: 'Có vốn đầu tư nước ngoài' };
const STATUS: Record<string, string> = { active: 'Đang hoạt động', merged: 'Đã sáp nhập', split: 'Đã chia tách', dissolved: 'Đã giải thể' };
const ASSESSMENT: Record<string, string> = { draft: 'Nháp', submitted: 'Đã gửi', approved: 'Đã duyệt' };

export const YES = 'Có';
export const NO = 'Không';

type Institution = SubmissionSnapshot['institutions'][number];

/** Writes the institutions under a total row; `cells` gives each one's values, `totals` the total row's formulas. */
function institutionRows(sheet: ExcelJS.Worksheet, institutions: readonly Institution[], cells: (i: Institution) => ExcelJS.CellValue[]) {
  const totalRow = FIRST_DATA_ROW;
  const first = totalRow + 1;
  institutions.forEach((institution, i) => {
    sheet.getRow(first + i).values = [i + 1, text(institution.code), text(institution.name), ...cells(institution)];
  });
  const last = first + institutions.length - 1;
  const total = sheet.getRow(totalRow);
  total.getCell(3).value = 'TỔNG SỐ';
  /** Sets the total of `column` to `fn(range)` with its cached result, or 0 without institutions. */
  const totalOf = (column: number, fn: 'SUM' | 'COUNTIF', result: number) => {
    const range = `${columnLetter(column)}${first}:${columnLetter(column)}${last}`;
    total.getCell(column).value = institutions.length ? formula(fn === 'SUM' ? `SUM(${range})` : `COUNTIF(${range},"${YES}")`, result) : 0;
  };
  return { totalRow, last: Math.max(last, totalRow), totalOf };
}

const lead: Column[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Mã', width: 11 },
  { header: 'Tên cơ sở GDNN', width: 40 },
];

export function addInstitutionsSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const columns: Column[] = [
    ...lead,
    { header: 'Loại hình', width: 22 },
    { header: 'Sở hữu', width: 12 },
    { header: 'Cơ quan chủ quản', width: 26 },
    { header: 'Xã, phường', width: 18 },
    { header: 'Tình trạng', width: 14 },
    { header: 'Nhà giáo', width: 10, align: 'right', numFmt: COUNT_FORMAT },
    { header: 'Cán bộ quản lý', width: 10, align: 'right', numFmt: COUNT_FORMAT },
    { header: 'Người học', width: 11, align: 'right', numFmt: COUNT_FORMAT },
    { header: `Đánh giá năm ${snapshot.year}`, width: 12, align: 'center' },
  ];
  const sheet = addTableSheet(workbook, 'Cơ sở GDNN', {
    title: `PHỤ LỤC 1A. CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP NĂM ${snapshot.year}`,
    subtitle,
    unit: 'Đơn vị: người',
    columns,
  });
  const { totalRow, last, totalOf } = institutionRows(sheet, snapshot.institutions, (institution) => [
    text(institution.typeName),
    OWNERSHIP[institution.ownershipCode] ?? text(institution.ownershipCode),
    text(institution.governingBody),
    text(institution.commune),
    STATUS[institution.status] ?? text(institution.status),
    institution.teachers,
    institution.managers,
    institution.learners,
    institution.assessmentState ? ASSESSMENT[institution.assessmentState] : 'Chưa có',
  ]);
  const sum = (pick: (i: Institution) => number | null) => snapshot.institutions.reduce((n, i) => n + (pick(i) ?? 0), 0);
  totalOf(9, 'SUM', sum((i) => i.teachers));
  totalOf(10, 'SUM', sum((i) => i.managers));
  totalOf(11, 'SUM', sum((i) => i.learners));
  styleTable(sheet, columns, last, new Set([totalRow]));
  return sheet;
}

/** Phụ lục 1B: each institution's indicator values of the year, one column per indicator. */
export function addIndicatorsSheet(workbook: ExcelJS.Workbook, snapshot: SubmissionSnapshot, subtitle: string): ExcelJS.Worksheet {
  const columns: Column[] = [
    ...lead,
    ...snapshot.indicators.map(
      (indicator): Column => ({
        header: indicator.nameVi,
        width: 14,
        align: indicator.unit === 'yesno' ? 'center' : 'right',
        numFmt: COUNT_FORMAT,
      }),
    ),
  ];
  const sheet = addTableSheet(workbook, 'Chỉ số cơ sở', {
    title: `PHỤ LỤC 1B. CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA CÁC CƠ SỞ GDNN NĂM ${snapshot.year}`,
    subtitle,
    unit: `Đơn vị: người, chương trình; chỉ số Có/Không: dòng tổng đếm số cơ sở "${YES}"`,
    columns,
  });
  const values = new Map<string, number | null>();
  for (const v of snapshot.indicatorValues) values.set(`${v.institutionCode}\u0000${v.indicatorCode}`, v.value);
  const valueOf = (institution: Institution, code: string) => values.get(`${institution.code}\u0000${code}`) ?? null;
  const { totalRow, last, totalOf } = institutionRows(sheet, snapshot.institutions, (institution) =>
    snapshot.indicators.map((indicator) => {
      const value = valueOf(institution, indicator.code);
      if (value === null) return null;
      return indicator.unit === 'yesno' ? (value ? YES : NO) : value;
    }),
  );
  snapshot.indicators.forEach((indicator, k) => {
    const own = snapshot.institutions.map((i) => valueOf(i, indicator.code));
    if (indicator.unit === 'yesno') totalOf(lead.length + k + 1, 'COUNTIF', own.filter((v) => v).length);
    else totalOf(lead.length + k + 1, 'SUM', own.reduce<number>((n, v) => n + (v ?? 0), 0));
  });
  styleTable(sheet, columns, last, new Set([totalRow]));
  return sheet;
}
