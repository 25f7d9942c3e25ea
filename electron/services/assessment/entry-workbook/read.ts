import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { ENTRY_APP_ID, ENTRY_FORMAT_VERSION, type EntryIdentity, identityChecksum, identityFields } from './identity';
import { DATA_COLUMNS, FIRST_DATA_ROW, SHEETS } from './layout';

/** A returned file that cannot be taken, with the reason in Vietnamese, naming the file. */
export class EntryWorkbookRejected extends Error {}

/** A cell as read: a plain value, or why it is not one (an error, a formula without a result, a date). */
export type RawCell = string | number | boolean | null | { problem: string };

export interface ReadEntryWorkbook {
  identity: EntryIdentity;
  /** indicator code → the value and comment cells as the institution left them. */
  rows: Map<string, { value: RawCell; comment: RawCell }>;
}

// An entry workbook is a few tens of kilobytes; anything far larger is not one of ours and is not inflated.
const MAX_BYTES = 5 * 1024 * 1024;

function plain(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { problem: 'ô chứa ngày tháng, không phải số' };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return { problem: `ô báo lỗi ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? { problem: 'ô chứa công thức chưa có kết quả; hãy nhập số trực tiếp' } : plain(result);
  }
  if ('text' in value) return String(value.text);
  return { problem: 'ô có nội dung không đọc được' };
}

/** Undoes neutraliseFormula on text we wrote ourselves: "'=…" went out so Excel would not run it. */
function unneutralise(cell: RawCell): RawCell {
  return typeof cell === 'string' && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readIdentity(workbook: ExcelJS.Workbook, name: string): EntryIdentity {
  const sheet = workbook.getWorksheet(SHEETS.identity);
  if (!sheet) throw new EntryWorkbookRejected(`Tệp “${name}” không phải phiếu nhập liệu của ứng dụng (không có mã nhận dạng).`);
  const pairs = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key === 'string') pairs.set(key, row.getCell(2).value);
  });
  const str = (key: string) => (typeof pairs.get(key) === 'string' ? (pairs.get(key) as string) : null);
  const num = (key: string) => (typeof pairs.get(key) === 'number' ? (pairs.get(key) as number) : null);
  if (str('app') !== ENTRY_APP_ID) {
    throw new EntryWorkbookRejected(`Tệp “${name}” không phải phiếu nhập liệu của ứng dụng (mã ứng dụng không khớp).`);
  }
  const version = num('formatVersion');
  if (version === null || version > ENTRY_FORMAT_VERSION) {
    throw new EntryWorkbookRejected(`Phiếu “${name}” được tạo bởi phiên bản ứng dụng mới hơn (định dạng ${version ?? '?'}); hãy cập nhật ứng dụng.`);
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
  if (identityFields.some((f) => identity[f] === null) || str('checksum') !== identityChecksum(identity as EntryIdentity)) {
    throw new EntryWorkbookRejected(`Phiếu “${name}” có mã nhận dạng đã bị sửa hoặc hỏng (mã kiểm tra không khớp); không nhận phiếu này.`);
  }
  return identity as EntryIdentity;
}

/** Reads a returned workbook: its identity (checked against its checksum) and the cells the institution filled. */
export async function readEntryWorkbook(file: string): Promise<ReadEntryWorkbook> {
  const name = basename(file);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new EntryWorkbookRejected(`Không tìm thấy tệp “${name}”.`);
  }
  if (size > MAX_BYTES) throw new EntryWorkbookRejected(`Tệp “${name}” quá lớn để là phiếu nhập liệu (${Math.round(size / 1024)} KB).`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new EntryWorkbookRejected(`Tệp “${name}” không phải bảng tính Excel (.xlsx) đọc được; không phải phiếu nhập liệu.`);
  }
  const identity = readIdentity(workbook, name);
  const sheet = workbook.getWorksheet(SHEETS.data);
  if (!sheet) throw new EntryWorkbookRejected(`Phiếu “${name}” thiếu trang “${SHEETS.data}”.`);
  const rows = new Map<string, { value: RawCell; comment: RawCell }>();
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const code = row.getCell(DATA_COLUMNS.code).value;
    if (typeof code !== 'string' || code.trim() === '') continue;
    rows.set(code.trim(), { value: plain(row.getCell(DATA_COLUMNS.value).value), comment: unneutralise(plain(row.getCell(DATA_COLUMNS.comment).value)) });
  }
  if (rows.size === 0) throw new EntryWorkbookRejected(`Phiếu “${name}” không còn dòng chỉ số nào ở trang “${SHEETS.data}”.`);
  return { identity, rows };
}
