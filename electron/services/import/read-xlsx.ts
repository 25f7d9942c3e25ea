import ExcelJS from 'exceljs';
import { type Cell, type GridSheet, isBlank, type MergedRange } from './grid';
import { damaged } from './import-error';
import { IMPORT_LIMITS } from './limits';
import { loadWorkbookSafely } from './safe-workbook';

const MAX_TEXT = 32_767;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
  }
  return '';
}

/** exceljs's many value shapes → one plain cell. Formulas give their cached result; without one, nothing. */
export function toCell(value: ExcelJS.CellValue | undefined, depth = 0): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, MAX_TEXT);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value !== 'object' || depth > 2) return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return textOf(value).slice(0, MAX_TEXT);
  if ('hyperlink' in value) return textOf((value as { text?: unknown }).text).slice(0, MAX_TEXT) || null;
  if ('formula' in value || 'sharedFormula' in value) return toCell((value as { result?: ExcelJS.CellValue }).result, depth + 1);
  return null;
}

/**
 * The sheet's merged ranges. Read from exceljs's index rather than `ws.model`, whose getter rebuilds the whole
 * sheet model (every row) just to hand back the merge list.
 */
function mergesOf(ws: ExcelJS.Worksheet): MergedRange[] {
  const index = (ws as unknown as { _merges?: Record<string, Partial<MergedRange>> })._merges ?? {};
  return Object.values(index)
    .map((m) => ({ top: Number(m.top), left: Number(m.left), bottom: Number(m.bottom), right: Number(m.right) }))
    .filter((m) => [m.top, m.left, m.bottom, m.right].every(Number.isInteger));
}

function gridOf(ws: ExcelJS.Worksheet): GridSheet {
  const rows = new Map<number, Cell[]>();
  let valueRows = 0;
  let columnCount = 0;
  let widest = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      widest = Math.max(widest, column);
      if (column <= IMPORT_LIMITS.columns) cells[column - 1] = toCell(cell.value);
    });
    for (let i = 0; i < cells.length; i += 1) if (cells[i] === undefined) cells[i] = null;
    if (!cells.some((c) => !isBlank(c))) return;
    valueRows += 1;
    columnCount = Math.max(columnCount, cells.length);
    // Past the cap only the count matters; the rows are dropped as they come to keep memory flat.
    if (valueRows <= IMPORT_LIMITS.rows) rows.set(rowNumber, cells);
  });
  const notes: string[] = [];
  if (ws.state !== 'visible') notes.push('Trang tính đang bị ẩn trong Excel.');
  if (widest > IMPORT_LIMITS.columns) notes.push(`Chỉ đọc ${IMPORT_LIMITS.columns} cột đầu tiên; các cột sau bị bỏ qua.`);
  const tooMany = valueRows > IMPORT_LIMITS.rows;
  return {
    name: ws.name,
    rows,
    merges: mergesOf(ws),
    valueRows,
    columnCount,
    problem: tooMany
      ? `Trang tính có ${valueRows.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều tệp.`
      : null,
    notes,
  };
}

export async function readXlsx(buffer: Buffer, fileName: string): Promise<GridSheet[]> {
  const workbook = await loadWorkbookSafely(buffer, fileName);
  try {
    return workbook.worksheets.map(gridOf);
  } catch (error) {
    throw damaged(fileName, 'không đọc được các ô của bảng tính', { cause: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
}
