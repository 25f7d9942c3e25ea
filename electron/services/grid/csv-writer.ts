import { neutraliseFormula } from '../export/spreadsheet-safety';
import type { ExportColumn } from './export-columns';

// CSV as Excel on a Vietnamese Windows opens it correctly: UTF-8 with a byte-order mark (without it Excel reads the
// bytes as the ANSI code page and garbles diacritics), commas, CRLF, numbers plain (no thousands separators, dot
// decimals: locale-neutral), text quoted when needed and never a formula.

const BOM = '\uFEFF';

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(neutraliseFormula(value));
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function viewToCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
