import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ServiceError } from '../service-error';
import type { GridWorkbook } from './grid';
import { refuse } from './import-error';
import { IMPORT_LIMITS, megabytes } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buffer: Buffer, magic: number[]) => magic.every((byte, i) => buffer[i] === byte);

/** What the first bytes say a file is: a zip (xlsx), an OLE2 container (.xls, or an xlsx with a password), or else text. */
export function spreadsheetKind(buffer: Buffer): 'zip' | 'ole' | 'other' {
  if (startsWith(buffer, OLE)) return 'ole';
  if (startsWith(buffer, ZIP) || startsWith(buffer, EMPTY_ZIP)) return 'zip';
  return 'other';
}

/**
 * Reads a spreadsheet the user chose into plain grids. The content decides the format, not the extension: a
 * ".csv" that is really an xlsx is read as xlsx, and an old binary .xls (or a password-protected xlsx, which is
 * stored the same way) is refused with what to do instead.
 */
export async function readSpreadsheet(path: string): Promise<GridWorkbook> {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ServiceError('FILE_NOT_FOUND', `Không tìm thấy tệp "${fileName}".`, { fileName });
  }
  if (size > IMPORT_LIMITS.fileBytes) {
    throw refuse('FILE_TOO_LARGE', `Tệp "${fileName}" nặng ${megabytes(size)}, vượt giới hạn ${megabytes(IMPORT_LIMITS.fileBytes)}; hãy chia nhỏ tệp.`, {
      fileName,
      sizeBytes: size,
    });
  }
  const buffer = readFileSync(path);
  if (buffer.length === 0) throw refuse('NO_DATA', `Tệp "${fileName}" trống.`, { fileName });
  const kind = spreadsheetKind(buffer);
  if (kind === 'ole') {
    throw refuse(
      'UNSUPPORTED_FORMAT',
      `Tệp "${fileName}" là bảng tính Excel 97-2003 (.xls) hoặc có mật khẩu. Hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu dạng .xlsx.`,
      { fileName },
    );
  }
  const isZip = kind === 'zip';
  const sheets = isZip ? await readXlsx(buffer, fileName) : readCsv(buffer, fileName);
  if (!sheets.some((s) => s.valueRows > 0)) throw refuse('NO_DATA', `Tệp "${fileName}" không có dòng dữ liệu nào.`, { fileName });
  return { fileName, format: isZip ? 'xlsx' : 'csv', sizeBytes: size, sheets };
}
