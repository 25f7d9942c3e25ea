import { writeFileAtomically } from '../../export/write-atomically';
import ExcelJS from 'exceljs';
import { printableSheetOptions } from '../../export/printable-sheet';
import { fitRowHeights } from '../../export/row-heights';
import { neutraliseFormula } from '../../export/spreadsheet-safety';
import { type EntryIdentity, identityChecksum, identityFields } from './identity';
import { DATA_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, NO, SHEETS, YES } from './layout';

export interface EntryIndicator {
  code: string;
  nameVi: string;
  unit: 'count' | 'yesno';
  value: number | null;
  previous: number | null;
  comment: string | null;
}

export interface EntryWorkbookData {
  identity: EntryIdentity;
  institutionName: string;
  /** Set when the return is approved: the workbook is then for reference only, and says so. */
  lockedNote: string | null;
  indicators: EntryIndicator[];
}

const text = (value: string) => neutraliseFormula(value);
const yesNo = (value: number | null) => (value === null ? null : value === 1 ? YES : NO);
// The administrative documents' typeface; the written row heights are estimated for its 11 pt metrics.
const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 11 };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function addInstructions(workbook: ExcelJS.Workbook, data: EntryWorkbookData) {
  const { identity } = data;
  // Printed on one A4 page wide, portrait: the instructions go to whoever fills the workbook in.
  const sheet = workbook.addWorksheet(SHEETS.instructions, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 } },
  });
  sheet.getColumn(1).width = 76;
  const lines: [string, Partial<ExcelJS.Font>?][] = [
    [`PHIẾU NHẬP LIỆU ĐÁNH GIÁ CHUYỂN ĐỔI SỐ GDNN NĂM ${identity.year}`, { bold: true, size: 14 }],
    [`${identity.provinceName} — ${data.institutionName} (mã ${identity.institutionCode})`, { bold: true }],
    [''],
    ['Cách điền phiếu', { bold: true }],
    [`1. Mở trang “${SHEETS.data}”. Chỉ điền vào các ô nền vàng ở cột “Giá trị năm ${identity.year}” và cột “Ghi chú”; các ô khác đã khóa.`],
    ['2. Số lượng (người, chương trình) là số nguyên không âm, không ghi đơn vị, không dùng công thức.'],
    [`3. Các chỉ số “Có/Không” chọn từ danh sách trong ô: “${YES}” hoặc “${NO}”.`],
    ['4. Số đã điền sẵn là số liệu Sở đang có; sửa nếu chưa đúng, để trống nếu chưa có số liệu.'],
    ['5. Số người được bồi dưỡng không được lớn hơn tổng số tương ứng; số chương trình được cập nhật không lớn hơn tổng số chương trình.'],
    ['6. Ghi chú giải thích số liệu bất thường (tăng, giảm nhiều so với năm trước) hoặc số liệu tạm tính.'],
    ['7. Không đổi tên tệp bắt buộc, nhưng không xóa, thêm hoặc đổi thứ tự các trang; lưu ở định dạng Excel (.xlsx) rồi gửi lại cho Sở.'],
    [''],
    ['Phiếu mang mã nhận dạng của cơ sở, năm và tỉnh: phiếu của cơ sở khác, năm khác hoặc đã bị sửa mã nhận dạng sẽ không được nhận.', { italic: true }],
  ];
  if (data.lockedNote) lines.splice(3, 0, [data.lockedNote, { bold: true, color: { argb: 'FFC00000' } }], ['']);
  for (const [line, font] of lines) {
    const row = sheet.addRow([text(line)]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.font = { ...FONT, ...font };
  }
  // LibreOffice keeps the default height for wrapped rows (the text then runs over the next line): heights are written.
  fitRowHeights(sheet, 1, sheet.rowCount);
}

function addDataSheet(workbook: ExcelJS.Workbook, data: EntryWorkbookData) {
  const { identity } = data;
  // Institutions print the filled-in sheet to have it signed: the plan tables' print setup, header row repeated.
  const sheet = workbook.addWorksheet(SHEETS.data, printableSheetOptions({ first: HEADER_ROW, last: HEADER_ROW }));
  const widths = { order: 5, code: 26, name: 58, unit: 12, previous: 14, value: 16, comment: 48 };
  for (const [key, column] of Object.entries(DATA_COLUMNS)) sheet.getColumn(column).width = widths[key as keyof typeof widths];
  sheet.getCell('A1').value = text(`SỐ LIỆU ĐÁNH GIÁ NĂM ${identity.year}`);
  for (const address of ['A2', 'A3', 'A4']) sheet.getCell(address).font = FONT;
  sheet.getCell('A1').font = { ...FONT, bold: true, size: 13 };
  sheet.getCell('A2').value = text(`Cơ sở: ${data.institutionName}`);
  sheet.getCell('A3').value = text(`Mã cơ sở: ${identity.institutionCode}`);
  sheet.getCell('A4').value = text(identity.provinceName);
  if (data.lockedNote) {
    sheet.getCell('A5').value = text(data.lockedNote);
    sheet.getCell('A5').font = { ...FONT, bold: true, color: { argb: 'FFC00000' } };
  }
  const header = sheet.getRow(HEADER_ROW);
  header.values = ['STT', 'Mã chỉ số', 'Chỉ số', 'Đơn vị', `Năm ${identity.year - 1}`, `Giá trị năm ${identity.year}`, 'Ghi chú'];
  header.font = { ...FONT, bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = thin;
  });

  data.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    const isCount = indicator.unit === 'count';
    row.getCell(DATA_COLUMNS.order).value = index + 1;
    row.getCell(DATA_COLUMNS.code).value = indicator.code;
    row.getCell(DATA_COLUMNS.name).value = text(indicator.nameVi);
    row.getCell(DATA_COLUMNS.unit).value = isCount ? 'Số lượng' : `${YES}/${NO}`;
    row.getCell(DATA_COLUMNS.previous).value = isCount ? indicator.previous : yesNo(indicator.previous);
    const value = row.getCell(DATA_COLUMNS.value);
    value.value = isCount ? indicator.value : yesNo(indicator.value);
    const comment = row.getCell(DATA_COLUMNS.comment);
    comment.value = indicator.comment === null ? null : text(indicator.comment);
    for (const cell of [value, comment]) {
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
    }
    value.dataValidation = isCount
      ? {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: 'Số không hợp lệ',
          error: 'Nhập số nguyên không âm (0, 1, 2, …).',
        }
      : {
          type: 'list',
          formulae: [`"${YES},${NO}"`],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: 'Giá trị không hợp lệ',
          error: `Chọn “${YES}” hoặc “${NO}”.`,
        };
    comment.dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', formulae: [2000], allowBlank: true, showErrorMessage: true, error: 'Ghi chú tối đa 2.000 ký tự.' };
    if (isCount) for (const cell of [row.getCell(DATA_COLUMNS.previous), value]) cell.numFmt = '#,##0';
    row.alignment = { vertical: 'top', wrapText: true };
    row.font = FONT;
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = thin));
  });
  fitRowHeights(sheet, HEADER_ROW, FIRST_DATA_ROW + data.indicators.length - 1);
  return sheet;
}

function addIdentity(workbook: ExcelJS.Workbook, identity: EntryIdentity) {
  const sheet = workbook.addWorksheet(SHEETS.identity);
  // veryHidden: not even Excel's "Unhide" lists it, so nobody edits it by accident.
  sheet.state = 'veryHidden';
  for (const field of identityFields) sheet.addRow([field, identity[field]]);
  sheet.addRow(['checksum', identityChecksum(identity)]);
}

/** The entry workbook of one institution and year: instructions, the data sheet (labels locked), the hidden identity. */
export async function buildEntryWorkbook(data: EntryWorkbookData): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kế hoạch CĐS GDNN';
  workbook.created = new Date(data.identity.createdAt);
  addInstructions(workbook, data);
  const sheet = addDataSheet(workbook, data);
  addIdentity(workbook, data.identity);
  // No password: protection only keeps labels and codes from being typed over; the identity's checksum is the guard.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return workbook;
}

/** Written beside the target under a temporary name, then renamed, so a failure never leaves half a workbook. */
export async function writeEntryWorkbook(file: string, data: EntryWorkbookData): Promise<void> {
  const buffer = Buffer.from(await (await buildEntryWorkbook(data)).xlsx.writeBuffer());
  writeFileAtomically(file, buffer);
}
