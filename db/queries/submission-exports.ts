import type { Sqlite } from '../client';

// The submission's exports kept in the data file: append-only rows that say which export made which files, and every
// file's bytes (and the snapshot's) in document_contents, one copy per SHA-256 shared with any other export or
// attachment of the same bytes. Not audited and never undone: an export is a fact about files that left the office.

/** The values the CHECK of submission_export_files.role allows. */
export type ExportFileRole = 'report_docx' | 'report_pdf' | 'appendix_xlsx' | 'data_package';
export type ExportState = 'draft' | 'reviewed' | 'approved';

export interface StoredFile {
  role: ExportFileRole;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

export interface ExportRow {
  exportId: number;
  submissionId: number;
  year: number;
  exportedAt: string;
  exportedBy: string;
  state: ExportState;
  snapshotSha256: string;
  packageFormatVersion: number;
}

export function submissionStateOfYear(sqlite: Sqlite, year: number): { id: number; state: ExportState } | undefined {
  return sqlite.prepare('SELECT id, state FROM submissions WHERE year = ?').get(year) as { id: number; state: ExportState } | undefined;
}

/** Keeps bytes under their SHA-256; bytes already kept stay as they are. */
export function insertContent(sqlite: Sqlite, sha256: string, bytes: Buffer): void {
  sqlite.prepare('INSERT OR IGNORE INTO document_contents (sha256, size_bytes, bytes) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
}

/** Appends an export row; returns its id. */
export function insertExport(sqlite: Sqlite, row: Omit<ExportRow, 'exportId'>): number {
  return Number(
    sqlite
      .prepare(
        `INSERT INTO submission_exports (submission_id, year, exported_at, exported_by, state, snapshot_sha256, package_format_version)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.submissionId, row.year, row.exportedAt, row.exportedBy, row.state, row.snapshotSha256, row.packageFormatVersion).lastInsertRowid,
  );
}

/** Appends the rows naming an export's files (their bytes already kept by insertContent). */
export function insertExportFiles(sqlite: Sqlite, exportId: number, files: readonly StoredFile[]): void {
  const insert = sqlite.prepare('INSERT INTO submission_export_files (export_id, role, file_name, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)');
  for (const file of files) insert.run(exportId, file.role, file.fileName, file.sha256, file.sizeBytes);
}

const ROLE_ORDER = `CASE role WHEN 'report_docx' THEN 1 WHEN 'report_pdf' THEN 2 WHEN 'appendix_xlsx' THEN 3 ELSE 4 END`;
const EXPORT_COLUMNS = `id AS exportId, submission_id AS submissionId, year, exported_at AS exportedAt, exported_by AS exportedBy, state,
  snapshot_sha256 AS snapshotSha256, package_format_version AS packageFormatVersion`;

function withFiles(sqlite: Sqlite, rows: ExportRow[]): (ExportRow & { files: StoredFile[] })[] {
  const files = sqlite.prepare(
    `SELECT role, file_name AS fileName, sha256, size_bytes AS sizeBytes FROM submission_export_files WHERE export_id = ? ORDER BY ${ROLE_ORDER}`,
  );
  return rows.map((row) => ({ ...row, files: files.all(row.exportId) as StoredFile[] }));
}

/** Past exports, newest first, of one year or of all. */
export function listExports(sqlite: Sqlite, year?: number) {
  const rows = sqlite
    .prepare(`SELECT ${EXPORT_COLUMNS} FROM submission_exports WHERE (@year IS NULL OR year = @year) ORDER BY id DESC`)
    .all({ year: year ?? null }) as ExportRow[];
  return withFiles(sqlite, rows);
}

export function exportById(sqlite: Sqlite, exportId: number) {
  const row = sqlite.prepare(`SELECT ${EXPORT_COLUMNS} FROM submission_exports WHERE id = ?`).get(exportId) as ExportRow | undefined;
  return row ? withFiles(sqlite, [row])[0] : undefined;
}

export function contentBytes(sqlite: Sqlite, sha256: string): Buffer | undefined {
  return (sqlite.prepare('SELECT bytes FROM document_contents WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined)?.bytes;
}
