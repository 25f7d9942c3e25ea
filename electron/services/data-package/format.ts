import { z } from 'zod';

// Format v1 of the data package (docs/data-package.md): a zip holding manifest.json, data/submission.json (the
// SubmissionSnapshot), flat CSV tables, the report files when given, and README.md. A change that removes or renames
// a file or a field, or changes a meaning, bumps PACKAGE_FORMAT_VERSION; readers refuse a newer version.

export const PACKAGE_FORMAT = 'gdnn-cds-goi-du-lieu';
export const PACKAGE_FORMAT_VERSION = 1;
export const APP_NAME = 'Kế hoạch CĐS GDNN';

export const MANIFEST_PATH = 'manifest.json';
export const SUBMISSION_PATH = 'data/submission.json';
export const README_PATH = 'README.md';

/**
 * What a reader accepts. A province's package is a few megabytes (a 500-institution snapshot is ~1 MB of JSON, the
 * report a few MB); these bounds are far above that and far below what would hurt an office PC.
 */
export const PACKAGE_LIMITS = {
  /** The .zip on disk. */
  fileBytes: 64 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes (the import module's reader caps at 100 MB; packages need less). */
  unzippedBytes: 80 * 1024 * 1024,
  /** Entries in the zip: a package has about a dozen. */
  entries: 64,
  /** An entry above ratioFloorBytes may inflate at most this many times its compressed size (JSON does ~10×). */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Path length of an entry. */
  pathChars: 200,
} as const;

/** What each file is for; the report roles are the names submission_export_files uses. */
export const fileRoles = ['data', 'table', 'readme', 'report_docx', 'report_pdf', 'appendix_xlsx'] as const;
export type FileRole = (typeof fileRoles)[number];

export const packageDocumentRoles = ['report_docx', 'report_pdf', 'appendix_xlsx'] as const;
export type PackageDocumentRole = (typeof packageDocumentRoles)[number];

export const manifestFile = z.object({
  path: z.string().min(1).max(PACKAGE_LIMITS.pathChars),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().min(0).max(PACKAGE_LIMITS.unzippedBytes),
  mediaType: z.string().min(1).max(200),
  role: z.enum(fileRoles),
});
export type ManifestFile = z.infer<typeof manifestFile>;

export const packageManifest = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  snapshotFormatVersion: z.number().int().min(1),
  province: z.object({ name: z.string().min(1).max(200), predecessors: z.array(z.string().min(1).max(200)).max(100) }),
  year: z.number().int(),
  createdAt: z.string().min(1).max(64),
  app: z.object({ name: z.string().max(200), version: z.string().max(100) }),
  files: z.array(manifestFile).min(1).max(PACKAGE_LIMITS.entries),
});
export type PackageManifest = z.infer<typeof packageManifest>;

export const MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  report_docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  report_pdf: 'application/pdf',
  appendix_xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// eslint-disable-next-line no-control-regex -- control characters in a name are exactly what must be refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A name that stays inside the package wherever someone unpacks it: relative, forward slashes, no "." or ".."
 * segment, no drive letter, backslash, control character or empty segment.
 */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > PACKAGE_LIMITS.pathChars || CONTROL.test(name) || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  const segments = name.replace(/\/$/, '').split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..' && s.trim() === s && !s.endsWith('.'));
}
