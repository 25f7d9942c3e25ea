import { z } from 'zod';

// Importing the institution register from Excel / CSV. The page never sends a path: importOpen asks the host's
// dialog, the service keeps the parsed workbook under an opaque token, and every later step names the token.

export const importFields = [
  'code',
  'name',
  'typeCode',
  'ownershipCode',
  'commune',
  'address',
  'foundedYear',
  'teachers',
  'managers',
  'learners',
  'contact',
  'notes',
  'governingBody',
  'governingFrom',
] as const;
export const importField = z.enum(importFields);
export type ImportField = z.infer<typeof importField>;

/** App field → 1-based column of the sheet. */
export const importMapping = z.partialRecord(importField, z.number().int().min(1).max(16_384));
export type ImportMapping = z.infer<typeof importMapping>;

const token = z.string().min(8).max(64);
const sheetName = z.string().min(1).max(200);
const headerRows = z.union([z.literal(1), z.literal(2)]);
export const mappingSource = z.enum(['remembered', 'headers', 'none']);

export const importColumn = z.object({
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof importColumn>;

export const importLayout = z.object({
  headerRow: z.number().int().min(1),
  headerRows,
  dataStartRow: z.number().int().min(1),
  columns: z.array(importColumn),
  mapping: importMapping,
  mappingSource,
});
export type ImportLayout = z.infer<typeof importLayout>;

export const importSheet = z.object({
  name: z.string(),
  rowCount: z.number().int(),
  columnCount: z.number().int(),
  /** Why this sheet cannot be imported (too many rows, empty), or null. */
  problem: z.string().nullable(),
  notes: z.array(z.string()),
  /** The first rows as text, to choose the header row. */
  previewRows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
  /** Detected header and suggested mapping; null for an unusable sheet. */
  layout: importLayout.nullable(),
});
export type ImportSheet = z.infer<typeof importSheet>;

export const importFile = z.object({
  token,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sizeBytes: z.number().int(),
  sheets: z.array(importSheet),
  /** The sheet that looks most like an institution list. */
  defaultSheet: z.string(),
});
export type ImportFile = z.infer<typeof importFile>;

export const importOpenInput = z
  .object({
    /** Names the job.progressed events sent while the file is read. */
    jobId: z.string().max(64).optional(),
  })
  .strict();

export const importLayoutInput = z.object({ token, sheet: sheetName, headerRow: z.number().int().min(1).max(1_048_576), headerRows }).strict();

export const importPreviewInput = z
  .object({ token, sheet: sheetName, headerRow: z.number().int().min(1).max(1_048_576), headerRows, mapping: importMapping })
  .strict();

export const importApplyInput = importPreviewInput
  .extend({
    /** Sheet row numbers to import; default: every row without errors. */
    rows: z.array(z.number().int().min(1)).max(50_000).optional(),
  })
  .strict();

const value = z.union([z.string(), z.number()]).nullable();

export const importProblem = z.object({
  severity: z.enum(['error', 'warning']),
  field: importField.nullable(),
  /** The column's header as the sheet shows it (or "Cột D" without one); null for a problem of the whole row. */
  column: z.string().nullable(),
  letter: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importRowStatus = z.enum(['new', 'update', 'unchanged', 'invalid']);
export type ImportRowStatus = z.infer<typeof importRowStatus>;

export const importRow = z.object({
  rowNumber: z.number().int(),
  status: importRowStatus,
  values: z.partialRecord(importField, value),
  match: z
    .object({ id: z.number().int(), code: z.string(), name: z.string(), status: z.string(), by: z.enum(['code', 'name']) })
    .nullable(),
  differences: z.array(z.object({ field: importField, from: value, to: value })),
  problems: z.array(importProblem),
});
export type ImportRow = z.infer<typeof importRow>;

export const importPreview = z.object({
  fileName: z.string(),
  sheet: z.string(),
  rows: z.array(importRow),
  /** Rows read but not treated as institutions (group headings, totals), with why. */
  skipped: z.array(z.object({ rowNumber: z.number().int(), reason: z.string() })),
  counts: z.object({
    rows: z.number().int(),
    new: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    invalid: z.number().int(),
    warnings: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  /** Chosen rows that matched the register exactly. */
  unchanged: z.number().int(),
  label: z.string().nullable(),
  changeSetId: z.number().int().nullable(),
  /** Whether a copy of the file was made before writing. */
  backedUp: z.boolean(),
});
export type ImportResult = z.infer<typeof importResult>;

export { token as importToken };
