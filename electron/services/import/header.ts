import { parseNumber } from '../../api/text/parse';
import { foldVietnamese } from '../../api/text/vietnamese';
import { type Cell, cellText, columnLetter, type GridSheet, isBlank, rowHasValue, rowNumbers } from './grid';
import { IMPORT_LIMITS } from './limits';

// Where the table starts. Offices put a title block above it, merge a group header over several columns with the
// real headers in the row below ("Số lượng" over "Nhà giáo | CBQL | Người học"), and often number the columns
// "(1) (2) (3)" under the header. Merged cells already carry their value in every covered cell (exceljs does that),
// so a two-row header is each column's top and bottom text combined.

export interface HeaderLayout {
  headerRow: number;
  headerRows: 1 | 2;
  /** The first row after the header (and after a row of column numbers, when there is one). */
  dataStartRow: number;
}

export interface SheetColumn {
  /** 1-based, as in the sheet. */
  index: number;
  letter: string;
  /** What the header says; both rows of a two-row header joined by " / ". */
  header: string;
  /** The distinct header texts, top first. */
  parts: string[];
}

/** Folded, punctuation-free, without parenthesised units: "Số nhà giáo (người)" → "so nha giao". */
export const headerKey = (text: string) =>
  foldVietnamese(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const textAt = (sheet: GridSheet, row: number, column: number) => cellText(sheet.rows.get(row)?.[column - 1]).replace(/\s+/g, ' ').trim();

export function sheetColumns(sheet: GridSheet, headerRow: number, headerRows: 1 | 2): SheetColumn[] {
  const columns: SheetColumn[] = [];
  for (let index = 1; index <= Math.min(sheet.columnCount, IMPORT_LIMITS.columns); index += 1) {
    const top = textAt(sheet, headerRow, index);
    const bottom = headerRows === 2 ? textAt(sheet, headerRow + 1, index) : '';
    const parts = [...new Set([top, bottom].filter((p) => p !== ''))];
    columns.push({ index, letter: columnLetter(index), header: parts.join(' / '), parts });
  }
  return columns;
}

const looksNumeric = (cell: Cell) => typeof cell === 'number' || (typeof cell === 'string' && /\d/.test(cell) && parseNumber(cell).ok);

/** A header row holds words, not figures. */
function isTextRow(cells: Cell[] | undefined): boolean {
  if (!cells) return false;
  const filled = cells.filter((c) => !isBlank(c));
  return filled.length > 0 && filled.every((c) => typeof c === 'string' && !looksNumeric(c));
}

/** "1 2 3 4" or "(1) (2) (3)" or "A B C" under the header: the columns' numbers, not data. */
export function isNumberingRow(cells: Cell[] | undefined): boolean {
  if (!cells) return false;
  const filled = cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim());
  if (filled.length < 2 || !filled.every((t) => /^\(?(\d{1,3}|[A-Za-z])\)?(\s*=\s*.*)?$/.test(t))) return false;
  const numbers = filled.map((t) => /\d+/.exec(t)?.[0]).filter((n): n is string => n !== undefined).map(Number);
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
}

/** "(người)", "(năm)", "(đơn vị)" under the headers: units, not data. */
function isUnitsRow(cells: Cell[] | undefined): boolean {
  const filled = (cells ?? []).filter((c) => !isBlank(c));
  return filled.length > 0 && filled.every((c) => typeof c === 'string' && /^\(.*\)$/.test(c.trim()));
}

export function dataStartAfter(sheet: GridSheet, headerRow: number, headerRows: 1 | 2): number {
  let next = headerRow + headerRows;
  while (next < headerRow + headerRows + 2 && (isNumberingRow(sheet.rows.get(next)) || isUnitsRow(sheet.rows.get(next)))) next += 1;
  return next;
}

/** How many distinct app fields a header layout is recognised as. */
export type Recogniser = (columns: SheetColumn[]) => number;

export function detectLayout(sheet: GridSheet, recognise: Recogniser): HeaderLayout {
  let best = { row: 0, rows: 1 as 1 | 2, score: -1, words: -1 };
  for (let row = 1; row <= IMPORT_LIMITS.headerSearchRows; row += 1) {
    const cells = sheet.rows.get(row);
    if (!rowHasValue(cells)) continue;
    const words = new Set(cells!.filter((c) => typeof c === 'string' && c.trim() !== '')).size;
    const single = recognise(sheetColumns(sheet, row, 1));
    const double = isTextRow(sheet.rows.get(row + 1)) ? recognise(sheetColumns(sheet, row, 2)) : -1;
    const [score, rows] = double > single ? [double, 2 as const] : [single, 1 as const];
    // On a tie, a row already inside the best two-row header (its lower half) does not replace it.
    const covered = row < best.row + best.rows;
    if (score > best.score || (score === best.score && words > best.words && !covered)) best = { row, rows, score, words };
  }
  const headerRow = best.row || (rowNumbers(sheet)[0] ?? 1);
  return { headerRow, headerRows: best.rows, dataStartRow: dataStartAfter(sheet, headerRow, best.rows) };
}
