import type { MergedRange } from './grid';
import { IMPORT_LIMITS } from './limits';

// exceljs expands some sheet parts cell by cell: a data validation or conditional format "on the whole column"
// (common in government templates) becomes a million objects, a <col max="…"> a loop to its max, and every merged
// range a cell per covered cell, checked against every other merge. None of them carries data, so they are cut
// out of the sheet XML before exceljs sees it; merges are kept, bounded and without overlaps.

/**
 * Cuts every <name …/> and <name …>…</name> out of the XML. indexOf, not a lazy regex: an opening tag without its
 * closing tag would make a regex rescan to the end for every occurrence.
 */
function stripElement(xml: string, name: string): string {
  const open = new RegExp(`<(\\w+:)?${name}(?=[\\s/>])`, 'g');
  const pieces: string[] = [];
  let kept = 0;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    const tagEnd = xml.indexOf('>', match.index);
    if (tagEnd < 0) break;
    let end: number;
    if (xml[tagEnd - 1] === '/') end = tagEnd + 1;
    else {
      const closing = `</${match[1] ?? ''}${name}>`;
      const close = xml.indexOf(closing, tagEnd);
      if (close < 0) break;
      end = close + closing.length;
    }
    pieces.push(xml.slice(kept, match.index));
    kept = end;
    open.lastIndex = end;
  }
  pieces.push(xml.slice(kept));
  return pieces.join('');
}

const STRIPPED = [
  'cols',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'tableParts',
  'extLst',
  'oleObjects',
  'controls',
  'dimension',
];
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Za-z]{1,3}\d{1,7}):([A-Za-z]{1,3}\d{1,7})"/g;
// A row or cell with no content (styled blanks Excel writes down a formatted column) carries nothing to import.
const EMPTY_ROW = /<(?:\w+:)?row\b[^>]*\/>/g;
const EMPTY_CELL = /<(?:\w+:)?c\b[^>]*\/>/g;
const CELL = /<(?:\w+:)?c[\s>]/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData>/;

export function decodeCellRef(ref: string): { row: number; column: number } | null {
  const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const char of match[1]!.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (column < 1 || column > 16_384 || row < 1 || row > 1_048_576) return null;
  return { row, column };
}

const overlaps = (a: MergedRange, b: MergedRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Merged ranges we let exceljs build: valid, clamped to what we read, non-overlapping, within the budgets. */
export function boundedMerges(xml: string): MergedRange[] {
  const kept: MergedRange[] = [];
  let budget = IMPORT_LIMITS.mergedCells;
  for (const match of xml.matchAll(MERGE_REF)) {
    if (kept.length >= IMPORT_LIMITS.merges) break;
    const a = decodeCellRef(match[1]!);
    const b = decodeCellRef(match[2]!);
    if (!a || !b) continue;
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.column, b.column);
    if (left > IMPORT_LIMITS.columns) continue;
    const range = {
      top,
      left,
      bottom: Math.min(Math.max(a.row, b.row), top + IMPORT_LIMITS.rows),
      right: Math.min(Math.max(a.column, b.column), IMPORT_LIMITS.columns),
    };
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area < 2 || area > budget || kept.some((k) => overlaps(k, range))) continue;
    budget -= area;
    kept.push(range);
  }
  return kept;
}

const encode = (row: number, column: number) => {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
};

export interface SanitizedSheet {
  xml: string;
  cells: number;
}

export function sanitizeSheetXml(xml: string): SanitizedSheet {
  const merges = boundedMerges(xml);
  let out = stripElement(xml, 'mergeCells');
  for (const name of STRIPPED) out = stripElement(out, name);
  out = out.replace(EMPTY_ROW, '').replace(EMPTY_CELL, '');
  if (merges.length) {
    const block = `<mergeCells count="${merges.length}">${merges
      .map((m) => `<mergeCell ref="${encode(m.top, m.left)}:${encode(m.bottom, m.right)}"/>`)
      .join('')}</mergeCells>`;
    out = out.replace(SHEET_DATA_END, (end) => `${end}${block}`);
  }
  return { xml: out, cells: out.match(CELL)?.length ?? 0 };
}
