import { writeFileAtomically } from '../export/write-atomically';
import type { ExportViewInput } from '../../api/schemas/grid';
import type { FileKind, Platform } from '../platform';
import { sanitiseFileName } from '../export/spreadsheet-safety';
import { viewToCsv } from './csv-writer';
import type { ExportColumn } from './export-columns';
import { viewToXlsx } from './xlsx-writer';

export interface ExportTarget {
  platform: Platform;
  /** File name without extension, as the user will see it suggested. */
  suggestedStem: string;
  sheetName: string;
}

/**
 * Writes a view where the user chooses (the host's dialog; the page never names a path): into a temporary file
 * first, renamed when complete, so a failed export never leaves half a workbook under the chosen name.
 */
export async function exportView<Row>(
  format: ExportViewInput['format'],
  columns: ExportColumn<Row>[],
  rows: Row[],
  target: ExportTarget,
): Promise<{ file: string | null; rows: number }> {
  const kind: FileKind = 'spreadsheet';
  const file = await target.platform.chooseNewFileLocation(`${sanitiseFileName(target.suggestedStem, 'bang')}.${format}`, kind);
  if (!file) return { file: null, rows: 0 };
  const content = format === 'csv' ? Buffer.from(viewToCsv(columns, rows), 'utf8') : await viewToXlsx(columns, rows, target.sheetName);
  writeFileAtomically(file, content);
  return { file, rows: rows.length };
}
