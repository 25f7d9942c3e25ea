// Tab-separated text as Excel and LibreOffice put it on the clipboard: cells split by tabs, rows by CRLF (LF also
// read), a trailing line break after the last row, and a cell holding a tab, a line break or a quote written
// in double quotes with inner quotes doubled ("a ""b""" → a "b"). Pure: the grid's copy and paste use it.

/** Splits clipboard text into rows of cells. Empty text is no cells at all. */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    const closed = text[i] === '"' ? readQuoted(text, i) : null;
    const read = closed ? { cell: closed.value, i: closed.end } : readPlain(text, i);
    i = read.i;
    row.push(read.cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i += 1;
      continue;
    }
    // A line break ends the row; one at the very end of the text ends the block.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

function readPlain(text: string, start: number): { cell: string; i: number } {
  let i = start;
  while (i < text.length && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') i += 1;
  return { cell: text.slice(start, i), i };
}

/** A quoted cell, if the quote really closes before a separator; otherwise the quote is just a character. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === '\t' || next === '\n' || next === '\r') return { value, end: i + 1 };
      return null;
    }
    value += char;
    i += 1;
  }
  return null;
}

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Rows of cells as clipboard text that Excel, LibreOffice and parseTsv read back cell for cell. */
export function serialiseTsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t')).join('\r\n') + '\r\n';
}
