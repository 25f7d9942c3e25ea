import type ExcelJS from 'exceljs';

/**
 * Options for a worksheet meant to be printed as a plan table is filed: A4 landscape (paper size 9), fitted to one
 * page wide and as many long as needed, centred, header rows repeated on every page, "Trang n/N" at the foot.
 * Margins in inches, as exceljs takes them (≈ 1 cm sides, 1.5 cm top and bottom).
 */
export function printableSheetOptions(headerRows: { first: number; last: number }, frozenColumns = 0): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', ySplit: headerRows.last, ...(frozenColumns > 0 ? { xSplit: frozenColumns } : {}) }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRows.first}:${headerRows.last}`,
    },
    headerFooter: { oddFooter: '&CTrang &P/&N' },
  };
}
