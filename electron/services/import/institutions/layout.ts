import type { ImportLayout, ImportSheet } from '../../../api/schemas/institution-import';
import type { PrefsStore } from '../../prefs';
import { cellText, type GridSheet, isBlank, rowNumbers } from '../grid';
import { dataStartAfter, detectLayout, sheetColumns, type SheetColumn } from '../header';
import { IMPORT_LIMITS } from '../limits';
import { mappingKey, recogniseHeaders, suggestMapping } from './mapping';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Columns worth offering: those with a header or with data under it. */
export function usedColumns(sheet: GridSheet, headerRow: number, headerRows: 1 | 2, dataStartRow: number): (SheetColumn & { samples: string[] })[] {
  const samples = new Map<number, string[]>();
  for (const rowNumber of rowNumbers(sheet)) {
    if (rowNumber < dataStartRow) continue;
    sheet.rows.get(rowNumber)!.forEach((cell, i) => {
      if (isBlank(cell)) return;
      const list = samples.get(i + 1) ?? [];
      if (list.length < 3) samples.set(i + 1, [...list, clip(cellText(cell).trim(), 60)]);
    });
    if ([...samples.values()].filter((l) => l.length >= 3).length >= sheet.columnCount) break;
  }
  return sheetColumns(sheet, headerRow, headerRows)
    .map((c) => ({ ...c, samples: samples.get(c.index) ?? [] }))
    .filter((c) => c.header !== '' || c.samples.length > 0);
}

export function layoutOf(sheet: GridSheet, headerRow: number, headerRows: 1 | 2, prefs: PrefsStore): ImportLayout {
  const dataStartRow = dataStartAfter(sheet, headerRow, headerRows);
  const columns = usedColumns(sheet, headerRow, headerRows, dataStartRow);
  const { mapping, source } = suggestMapping(columns, prefs.importMapping(mappingKey(columns)));
  return {
    headerRow,
    headerRows,
    dataStartRow,
    columns: columns.map(({ index, letter, header, samples }) => ({ index, letter, header, samples })),
    mapping,
    mappingSource: source,
  };
}

export function summariseSheet(sheet: GridSheet, prefs: PrefsStore): ImportSheet {
  const problem = sheet.problem ?? (sheet.valueRows === 0 ? 'Trang tính không có dữ liệu.' : null);
  const width = Math.min(sheet.columnCount, 40);
  // As Excel shows it: a merged range's text once, in its top-left cell (the importer itself reads it everywhere).
  const covered = (row: number, column: number) =>
    sheet.merges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
  const previewRows = rowNumbers(sheet)
    .slice(0, IMPORT_LIMITS.previewRows)
    .map((rowNumber) => {
      const cells = sheet.rows.get(rowNumber)!;
      const text = (i: number) => (covered(rowNumber, i + 1) ? '' : clip(cellText(cells[i]).trim(), IMPORT_LIMITS.previewCellChars));
      return { rowNumber, cells: Array.from({ length: width }, (_, i) => text(i)) };
    });
  let layout: ImportLayout | null = null;
  if (!problem) {
    const detected = detectLayout(sheet, recogniseHeaders);
    layout = layoutOf(sheet, detected.headerRow, detected.headerRows, prefs);
  }
  return { name: sheet.name, rowCount: sheet.valueRows, columnCount: sheet.columnCount, problem, notes: sheet.notes, previewRows, layout };
}
