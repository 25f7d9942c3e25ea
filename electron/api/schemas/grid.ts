import { z } from 'zod';

// Shapes every editable grid shares: a page query with filters, a batch of cell edits written as one undoable
// change, the per-cell verdicts, and an export of the current view.

export const cellValue = z.union([z.string().max(2000), z.number().finite(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValue>;

export const gridQuery = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  search: z.string().max(200).optional(),
  sort: z.object({ field: z.string().max(64), direction: z.enum(['asc', 'desc']) }).optional(),
  /** field → accepted values (codes or numbers); an empty list means no filter. */
  filters: z.record(z.string().max(64), z.array(z.union([z.string().max(100), z.number()])).max(100)).optional(),
});
export type GridQuery = z.input<typeof gridQuery>;

export const cellEdit = z.object({ id: z.number().int().positive(), field: z.string().max(64), value: cellValue });
export type CellEdit = z.infer<typeof cellEdit>;

/** New rows (pasting past the last row, or "add"): field → value, validated like edits. */
export const newRow = z.record(z.string().max(64), cellValue);

export const applyEditsInput = z.object({
  edits: z.array(cellEdit).max(20_000),
  newRows: z.array(newRow).max(2_000).default([]),
  /** What the History view and the Undo button will call this change. */
  label: z.string().max(200).optional(),
});
export type ApplyEditsInput = z.input<typeof applyEditsInput>;

export const cellProblem = z.object({
  /** The row id, or for a new row its index in newRows as a negative number (-1 for newRows[0]). */
  id: z.number().int(),
  field: z.string(),
  code: z.enum(['INVALID', 'LOCKED', 'NOT_FOUND', 'READ_ONLY']),
  message: z.string(),
});
export type CellProblem = z.infer<typeof cellProblem>;

export const cellWarning = z.object({ id: z.number().int(), field: z.string(), message: z.string() });

export const applyEditsResult = z.object({
  applied: z.number().int(),
  insertedIds: z.array(z.number().int()),
  rejected: z.array(cellProblem),
  warnings: z.array(cellWarning),
  changeSetId: z.number().int().nullable(),
});
export type ApplyEditsResult = z.infer<typeof applyEditsResult>;

export const exportViewInput = z.object({
  format: z.enum(['xlsx', 'csv']),
  query: gridQuery.omit({ offset: true, limit: true }),
  /** The visible columns in their on-screen order, with the headers the user sees. */
  columns: z.array(z.object({ field: z.string().max(64), header: z.string().max(200) })).min(1).max(100),
});
export type ExportViewInput = z.input<typeof exportViewInput>;

export const exportResult = z.object({ file: z.string().nullable(), rows: z.number().int() });
