import type ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { spreadsheetKind } from '../../import/read-file';
import { loadWorkbookSafely } from '../../import/safe-workbook';
import { ServiceError } from '../../service-error';
import { ENTRY_APP_ID, ENTRY_FORMAT_VERSION, type EntryIdentity, identityChecksum, identityFields } from './identity';
import { DATA_COLUMNS, FIRST_DATA_ROW, SHEETS } from './layout';
import { ENTRY_LIMITS, megabytes, refusalOf } from './read-limits';

/** A returned file that cannot be taken, with the reason in Vietnamese, naming the file. */
export class EntryWorkbookRejected extends Error {}

/** A cell as read: a plain value, or why it is not one (an error, a formula without a result, a date). */
export type RawCell = string | number | boolean | null | { problem: string };

export interface ReadEntryWorkbook {
  identity: EntryIdentity;
  /** indicator code → the value and comment cells as the institution left them. */
  rows: Map<string, { value: RawCell; comment: RawCell }>;
}

function plain(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { problem: 'ô chứa số không hợp lệ' };
  if (value instanceof Date) return { problem: 'ô chứa ngày tháng, không phải số' };
  if (typeof value !== 'object') return { problem: 'ô có nội dung không đọc được' };
  if ('richText' in value) return Array.isArray(value.richText) ? value.richText.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('') : null;
  if ('error' in value) return { problem: `ô báo lỗi ${String(value.error)}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || (typeof result === 'object' && result !== null && 'formula' in result)) {
      return { problem: 'ô chứa công thức chưa có kết quả; hãy nhập số trực tiếp' };
    }
    return plain(result);
  }
  if ('text' in value) return String(value.text);
  return { problem: 'ô có nội dung không đọc được' };
}

/** Undoes neutraliseFormula on text we wrote ourselves: "'=…" went out so Excel would not run it. */
function unneutralise(cell: RawCell): RawCell {
  return typeof cell === 'string' && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const isInteger = (value: number | null, min: number, max: number): value is number => value !== null && Number.isInteger(value) && value >= min && value <= max;

function readIdentity(workbook: ExcelJS.Workbook, name: string): EntryIdentity {
  const sheet = workbook.getWorksheet(SHEETS.identity);
  if (!sheet) throw new EntryWorkbookRejected(`Tệp “${name}” không phải phiếu nhập liệu của ứng dụng (không có mã nhận dạng).`);
  const pairs = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    // The first of a key counts: a second "year" row pasted below cannot override the sealed one.
    if (typeof key === 'string' && !pairs.has(key)) pairs.set(key, row.getCell(2).value);
  });
  const str = (key: string) => (typeof pairs.get(key) === 'string' ? (pairs.get(key) as string) : null);
  const num = (key: string) => (typeof pairs.get(key) === 'number' ? (pairs.get(key) as number) : null);
  if (str('app') !== ENTRY_APP_ID) {
    throw new EntryWorkbookRejected(`Tệp “${name}” không phải phiếu nhập liệu của ứng dụng (mã ứng dụng không khớp).`);
  }
  const version = num('formatVersion');
  if (version !== null && version > ENTRY_FORMAT_VERSION) {
    throw new EntryWorkbookRejected(`Phiếu “${name}” được tạo bởi phiên bản ứng dụng mới hơn (định dạng ${version}); hãy cập nhật ứng dụng.`);
  }
  const identity = {
    app: ENTRY_APP_ID,
    formatVersion: version,
    provinceName: str('provinceName'),
    year: num('year'),
    institutionCode: str('institutionCode'),
    institutionId: num('institutionId'),
    createdAt: str('createdAt'),
  };
  const broken = `Phiếu “${name}” có mã nhận dạng đã bị sửa hoặc hỏng (mã kiểm tra không khớp); không nhận phiếu này.`;
  if (identityFields.some((f) => identity[f] === null) || str('checksum') !== identityChecksum(identity as EntryIdentity)) throw new EntryWorkbookRejected(broken);
  // A sealed identity with impossible values was sealed by something other than this app.
  if (!isInteger(identity.formatVersion, 1, ENTRY_FORMAT_VERSION) || !isInteger(identity.year, 1900, 2200) || !isInteger(identity.institutionId, 1, Number.MAX_SAFE_INTEGER)) {
    throw new EntryWorkbookRejected(broken);
  }
  return identity as EntryIdentity;
}

function readRows(sheet: ExcelJS.Worksheet, name: string): ReadEntryWorkbook['rows'] {
  const rows = new Map<string, { value: RawCell; comment: RawCell }>();
  const rowOfCode = new Map<string, number>();
  // Defined rows only: a stray value at row 1,048,576 must not make us walk a million empty ones.
  sheet.eachRow((row, r) => {
    if (r < FIRST_DATA_ROW) return;
    const raw = row.getCell(DATA_COLUMNS.code).value;
    if (typeof raw !== 'string' || raw.trim() === '') return;
    const code = raw.trim();
    const earlier = rowOfCode.get(code);
    if (earlier !== undefined) {
      throw new EntryWorkbookRejected(`Phiếu “${name}” có chỉ số “${code.slice(0, 64)}” ở hai dòng (${earlier} và ${r}); hãy giữ một dòng rồi gửi lại.`);
    }
    if (rows.size >= ENTRY_LIMITS.rows) {
      throw new EntryWorkbookRejected(`Phiếu “${name}” có hơn ${ENTRY_LIMITS.rows.toLocaleString('vi-VN')} dòng chỉ số, không phải phiếu nhập liệu của ứng dụng.`);
    }
    rowOfCode.set(code, r);
    rows.set(code, { value: plain(row.getCell(DATA_COLUMNS.value).value), comment: unneutralise(plain(row.getCell(DATA_COLUMNS.comment).value)) });
  });
  if (rows.size === 0) throw new EntryWorkbookRejected(`Phiếu “${name}” không còn dòng chỉ số nào ở trang “${SHEETS.data}”.`);
  return rows;
}

/** The file's bytes, after the checks that need no unzipping: exists, small enough, not empty, a zip. */
function readBytes(file: string, name: string): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new EntryWorkbookRejected(`“${name}” không phải một tệp (có thể là thư mục); hãy chọn tệp phiếu nhập liệu .xlsx.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof EntryWorkbookRejected) throw error;
    throw new EntryWorkbookRejected(`Không tìm thấy tệp “${name}”.`);
  }
  if (size > ENTRY_LIMITS.fileBytes) {
    throw new EntryWorkbookRejected(
      `Tệp “${name}” nặng ${megabytes(size)}, quá lớn để là phiếu nhập liệu (phiếu chỉ vài chục KB, giới hạn ${megabytes(ENTRY_LIMITS.fileBytes)}); không mở tệp này.`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'lỗi không rõ';
    throw new EntryWorkbookRejected(`Không mở được tệp “${name}” (${code}): tệp đang bị khóa hoặc không có quyền đọc.`);
  }
  if (buffer.length === 0) throw new EntryWorkbookRejected(`Tệp “${name}” trống (0 byte); không phải phiếu nhập liệu.`);
  const kind = spreadsheetKind(buffer);
  if (kind === 'ole') {
    throw new EntryWorkbookRejected(
      `Tệp “${name}” là bảng tính Excel 97-2003 (.xls) hoặc đã đặt mật khẩu; hãy bỏ mật khẩu và lưu lại dạng Excel (.xlsx) rồi gửi lại.`,
    );
  }
  if (kind !== 'zip') throw new EntryWorkbookRejected(`Tệp “${name}” không phải bảng tính Excel (.xlsx) đọc được; không phải phiếu nhập liệu.`);
  return buffer;
}

/**
 * Reads a returned workbook: its identity (checked against its checksum) and the cells the institution filled.
 * The bytes go through the import module's bounded reader, so a zip bomb, a damaged or an oversized file is refused,
 * naming the file, before exceljs sees anything.
 */
export async function readEntryWorkbook(file: string): Promise<ReadEntryWorkbook> {
  const name = basename(file);
  const buffer = readBytes(file, name);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbookSafely(buffer, name, ENTRY_LIMITS);
  } catch (error) {
    if (error instanceof ServiceError) throw new EntryWorkbookRejected(refusalOf(error, name));
    throw error;
  }
  try {
    const identity = readIdentity(workbook, name);
    const sheet = workbook.getWorksheet(SHEETS.data);
    if (!sheet) throw new EntryWorkbookRejected(`Phiếu “${name}” thiếu trang “${SHEETS.data}”.`);
    return { identity, rows: readRows(sheet, name) };
  } catch (error) {
    if (error instanceof EntryWorkbookRejected) throw error;
    // exceljs gave back a model it cannot walk: the file is damaged in a way the zip reader could not see.
    throw new EntryWorkbookRejected(`Không đọc được tệp “${name}”: nội dung bảng tính bị hỏng. Tệp dữ liệu không bị thay đổi.`);
  }
}
