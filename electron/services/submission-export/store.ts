import type { Sqlite } from '../../../db/client';
import type { ExportFileRole } from '../../api/schemas/submission-export';
import { sha256Of } from './files';

// What was exported, kept in the data file: the snapshot and every file's bytes in document_contents (one copy per
// SHA-256, shared with any other export or attachment of the same bytes), and the append-only rows that say which
// export made which files. Not audited and never undone: an export is a fact about files that left the office.

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
  state: 'draft' | 'reviewed' | 'approved';
  snapshotSha256: string;
  packageFormatVersion: number;
}

export function submissionOfYear(sqlite: Sqlite, year: number): { id: number; state: ExportRow['state'] } | undefined {
  return sqlite.prepare('SELECT id, state FROM submissions WHERE year = ?').get(year) as { id: number; state: ExportRow['state'] } | undefined;
}

function storeContent(sqlite: Sqlite, bytes: Buffer): string {
  const sha256 = sha256Of(bytes);
  sqlite.prepare('INSERT OR IGNORE INTO document_contents (sha256, size_bytes, bytes) VALUES (?, ?, ?)').run(sha256, bytes.length, bytes);
  return sha256;
}

/** The export, its snapshot and its files, in one transaction: all recorded or none. Returns the export id. */
export function recordExport(
  sqlite: Sqlite,
  row: Omit<ExportRow, 'exportId' | 'snapshotSha256'> & { snapshot: Buffer },
  files: readonly { role: ExportFileRole; fileName: string; bytes: Buffer }[],
): number {
  return sqlite.transaction(() => {
    const snapshotSha256 = storeContent(sqlite, row.snapshot);
    const exportId = Number(
      sqlite
        .prepare(
          `INSERT INTO submission_exports (submission_id, year, exported_at, exported_by, state, snapshot_sha256, package_format_version)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(row.submissionId, row.year, row.exportedAt, row.exportedBy, row.state, snapshotSha256, row.packageFormatVersion).lastInsertRowid,
    );
    const insertFile = sqlite.prepare('INSERT INTO submission_export_files (export_id, role, file_name, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)');
    for (const file of files) insertFile.run(exportId, file.role, file.fileName, storeContent(sqlite, file.bytes), file.bytes.length);
    return exportId;
  })();
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
