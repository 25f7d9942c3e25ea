import ExcelJS from 'exceljs';
import { damaged, refuse } from './import-error';
import { IMPORT_LIMITS } from './limits';
import { sanitizeSheetXml } from './xlsx-sanitize';
import { inflateEntries, type ZipLimits } from './zip-entries';
import { storedZip } from './zip-store';

// The one way a workbook from outside reaches exceljs: the zip is read by our bounded reader (entries, declared
// sizes, lying sizes, optionally the compression ratio), only the parts holding values are inflated, each sheet is
// stripped of what exceljs would expand cell by cell, the cells are counted, and exceljs gets a small stored zip.
// Used by the institution import and by the entry workbooks' import, each with its own bounds.

/** Only the parts that hold cell values, their text and their number formats (dates); pictures, comments, themes,
 * pivot caches, macros and external links are never inflated. */
const WANTED = /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

export interface WorkbookLimits extends ZipLimits {
  /** Cells holding a value, over the whole workbook. */
  cells: number;
}

export async function loadWorkbookSafely(buffer: Buffer, fileName: string, limits: WorkbookLimits = IMPORT_LIMITS): Promise<ExcelJS.Workbook> {
  const parts = inflateEntries(buffer, fileName, (name) => WANTED.test(name), limits);
  if (!parts.has('xl/workbook.xml')) throw damaged(fileName, 'tệp nén này không phải bảng tính Excel (.xlsx)');
  let cells = 0;
  for (const [name, data] of parts) {
    if (!SHEET.test(name)) continue;
    const sanitized = sanitizeSheetXml(data.toString('utf8'));
    cells += sanitized.cells;
    parts.set(name, Buffer.from(sanitized.xml, 'utf8'));
  }
  if (cells > limits.cells) {
    throw refuse(
      'TOO_MANY_CELLS',
      `Tệp "${fileName}" có khoảng ${cells.toLocaleString('vi-VN')} ô dữ liệu, vượt giới hạn ${limits.cells.toLocaleString('vi-VN')} ô; hãy chia nhỏ tệp.`,
      { fileName, cells },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(storedZip(parts) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw damaged(fileName, 'nội dung bảng tính bị hỏng', { cause: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  return workbook;
}
