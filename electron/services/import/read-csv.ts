import { type Cell, type GridSheet } from './grid';
import { refuse } from './import-error';
import { IMPORT_LIMITS } from './limits';

// CSV as offices send it: Excel's "CSV UTF-8" (with a BOM), LibreOffice's plain UTF-8, ';' where Vietnamese
// Windows settings make ',' the decimal mark, tabs from "Unicode text". Legacy encodings (TCVN3, VNI, Windows-1258)
// cannot be told apart reliably, so anything that is not UTF-8 / UTF-16 is refused with how to re-save it.

const REsave = 'Hãy mở tệp trong Excel và lưu lại bằng "CSV UTF-8 (Comma delimited)", hoặc lưu dạng .xlsx.';

export function decodeText(buffer: Buffer, fileName: string): string {
  let text: string;
  try {
    if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(3));
    else if (buffer[0] === 0xff && buffer[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(buffer.subarray(2));
    else if (buffer[0] === 0xfe && buffer[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(buffer.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw refuse('ENCODING', `Tệp "${fileName}" không được mã hóa UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258). ${REsave}`, { fileName });
  }
  // Text files have no NULs and almost no control characters; a binary file that happens to decode has many.
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) controls += 1000;
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls += 1;
  }
  if (controls > 20 && controls > text.length / 200) {
    throw refuse('NOT_TEXT', `Tệp "${fileName}" không phải tệp văn bản CSV cũng không phải bảng tính .xlsx. ${REsave}`, { fileName });
  }
  return text;
}


/** RFC 4180 with Excel's leniency: quotes may hold separators and line breaks; text after a closing quote is kept. */
export function parseDelimited(text: string, delimiter: string, onRow: (fields: string[]) => boolean): { unclosedQuote: boolean } {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    field = '';
    const keepGoing = onRow(fields);
    fields = [];
    return keepGoing;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      if (!endRow()) return { unclosedQuote: false };
    } else field += char;
    i += 1;
  }
  if (field !== '' || fields.length) endRow();
  return { unclosedQuote: quoted };
}

const CANDIDATES = [';', ',', '\t'] as const;

/** The separator that splits the first lines into the same, largest number of fields. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CANDIDATES) {
    const counts: number[] = [];
    parseDelimited(sample, delimiter, (fields) => {
      if (fields.some((f) => f.trim() !== '')) counts.push(fields.length);
      return counts.length < 50;
    });
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    const [mode, times] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const score = mode < 2 ? -1 : (times / counts.length) * 1000 + mode;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function readCsv(buffer: Buffer, fileName: string): GridSheet[] {
  let text = decodeText(buffer, fileName);
  let delimiter: string;
  // Excel honours a first line "sep=;" and so do we.
  const hint = /^sep=(.)\r?\n/.exec(text);
  if (hint) {
    delimiter = hint[1]!;
    text = text.slice(hint[0].length);
  } else delimiter = detectDelimiter(text);

  const rows = new Map<number, Cell[]>();
  let rowNumber = 0;
  let valueRows = 0;
  let columnCount = 0;
  let widest = 0;
  const { unclosedQuote } = parseDelimited(text, delimiter, (fields) => {
    rowNumber += 1;
    widest = Math.max(widest, fields.length);
    if (!fields.some((f) => f.trim() !== '')) return true;
    valueRows += 1;
    if (valueRows <= IMPORT_LIMITS.rows) {
      const cells = fields.slice(0, IMPORT_LIMITS.columns).map((f) => (f.trim() === '' ? null : f));
      columnCount = Math.max(columnCount, cells.length);
      rows.set(rowNumber + (hint ? 1 : 0), cells);
    }
    return true;
  });
  const notes: string[] = [`Dấu phân cách: ${delimiter === '\t' ? 'tab' : `"${delimiter}"`}.`];
  if (unclosedQuote) notes.push('Có dấu ngoặc kép (") không được đóng; phần cuối tệp có thể bị gộp vào một ô.');
  if (widest > IMPORT_LIMITS.columns) notes.push(`Chỉ đọc ${IMPORT_LIMITS.columns} cột đầu tiên; các cột sau bị bỏ qua.`);
  const name = fileName.replace(/\.[^.]*$/, '') || 'CSV';
  return [
    {
      name,
      rows,
      merges: [],
      valueRows,
      columnCount,
      problem:
        valueRows > IMPORT_LIMITS.rows
          ? `Tệp có ${valueRows.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều tệp.`
          : null,
      notes,
    },
  ];
}
