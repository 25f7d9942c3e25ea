import type ExcelJS from 'exceljs';

// Row heights are written, not left to the reader: LibreOffice prints wrapped text in rows of the default height
// (the text then runs over the row below), and Excel only refits rows it has edited. The estimate, measured in
// LibreOffice: 11 pt Times New Roman fits about 1.35 characters per Excel width unit; a line is 15 pt high.
const CHARS_PER_WIDTH_UNIT = 1.35;
const LINE_HEIGHT = 15;

function displayedText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'formula' in value) return String(value.result ?? '');
  return String(value);
}

/** Sets each row's height (rows `from`–`to`) to fit its longest wrapped text; merged banner cells are skipped. */
export function fitRowHeights(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    const row = sheet.getRow(r);
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const width = sheet.getColumn(c).width ?? 9;
      const perLine = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH_UNIT));
      const text = displayedText(cell.value);
      const needed = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    row.height = lines * LINE_HEIGHT + 3;
  }
}
