import { z } from 'zod';
import { jobId } from '../methods/jobs';
import { id, isoDateTime, year } from './common';

/** The four files of a submission; the same names as submission_export_files.role. */
export const exportFileRole = z.enum(['report_docx', 'report_pdf', 'appendix_xlsx', 'data_package']);
export type ExportFileRole = z.infer<typeof exportFileRole>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const exportedFile = z.object({
  role: exportFileRole,
  fileName: z.string(),
  sha256,
  sizeBytes: z.number().int().min(0),
});

export const exportInput = z.object({ year, jobId }).strict();
/** `folder` is null (and nothing was written) when the user closed the folder dialog. */
export const exportResult = z.object({
  folder: z.string().nullable(),
  exportId: id.nullable(),
  files: z.array(exportedFile),
});

export const listExportsInput = z.object({ year: year.optional() }).strict();
export const pastExport = z.object({
  exportId: id,
  year: z.number().int(),
  exportedAt: isoDateTime,
  exportedBy: z.string(),
  /** The submission's state when exported: only an approved export is what was sent. */
  state: z.enum(['draft', 'reviewed', 'approved']),
  snapshotSha256: sha256,
  packageFormatVersion: z.number().int(),
  files: z.array(exportedFile),
});
export const listExportsResult = z.array(pastExport);

export const reexportInput = z.object({ exportId: id, jobId: jobId.optional() }).strict();
export const reexportResult = z.object({ folder: z.string().nullable(), files: z.array(exportedFile) });

export const previewInput = z.object({ year }).strict();
/** What the report will hold, for the wizard's last step: titles in order, tables, charts and a page estimate. */
export const previewResult = z.object({
  subject: z.string(),
  numberLine: z.string(),
  placeDateLine: z.string(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), paragraphs: z.number().int() })),
  tables: z.array(z.string()),
  charts: z.array(z.string()),
  pageEstimate: z.number().int().min(1),
  fileNames: z.array(z.object({ role: exportFileRole, fileName: z.string() })),
});
