// What an import accepts. A department's institution list is a few hundred rows; these bounds are far above that
// and far below what would freeze an office PC or exhaust its memory.

export const IMPORT_LIMITS = {
  /** Size of the chosen file on disk. */
  fileBytes: 20 * 1024 * 1024,
  /** Rows holding at least one value, per sheet. */
  rows: 20_000,
  /** Columns read per sheet; anything to the right is ignored. */
  columns: 200,
  /** Sum of the declared uncompressed sizes of the xlsx parts we read (sheets, shared strings, styles). */
  unzippedBytes: 100 * 1024 * 1024,
  /** Zip entries in an xlsx: real workbooks have tens. */
  zipEntries: 5_000,
  /** Cells holding a value, over the whole workbook (about 20,000 rows × 100 columns). */
  cells: 2_000_000,
  /** Merged ranges kept per sheet, and cells they may cover in total: exceljs materialises every merged cell. */
  merges: 2_000,
  mergedCells: 500_000,
  /** Rows searched for the header. */
  headerSearchRows: 15,
  /** Rows and characters per cell shown in the sheet preview. */
  previewRows: 30,
  previewCellChars: 120,
  /** Open import sessions kept in memory, and how long an idle one lives. */
  sessions: 3,
  sessionMs: 30 * 60 * 1000,
} as const;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
