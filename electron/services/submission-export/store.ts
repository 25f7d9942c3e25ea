import type { Sqlite } from '../../../db/client';
import { type ExportRow, insertContent, insertExport, insertExportFiles, submissionStateOfYear } from '../../../db/queries/submission-exports';
import type { ExportFileRole } from '../../api/schemas/submission-export';
import { sha256Of } from './files';

// What was exported, kept in the data file (SQL in db/queries/submission-exports.ts): the snapshot and every file's
// bytes under their SHA-256, and the append-only rows that say which export made which files.

export type { ExportRow, StoredFile } from '../../../db/queries/submission-exports';
export { contentBytes, exportById, listExports } from '../../../db/queries/submission-exports';

export const submissionOfYear = submissionStateOfYear;

function storeContent(sqlite: Sqlite, bytes: Buffer): string {
  const sha256 = sha256Of(bytes);
  insertContent(sqlite, sha256, bytes);
  return sha256;
}

/** The export, its snapshot and its files, in one transaction: all recorded or none. Returns the export id. */
export function recordExport(
  sqlite: Sqlite,
  row: Omit<ExportRow, 'exportId' | 'snapshotSha256'> & { snapshot: Buffer },
  files: readonly { role: ExportFileRole; fileName: string; bytes: Buffer }[],
): number {
  return sqlite.transaction(() => {
    const { snapshot, ...fields } = row;
    const exportId = insertExport(sqlite, { ...fields, snapshotSha256: storeContent(sqlite, snapshot) });
    insertExportFiles(
      sqlite,
      exportId,
      files.map((file) => ({ role: file.role, fileName: file.fileName, sha256: storeContent(sqlite, file.bytes), sizeBytes: file.bytes.length })),
    );
    return exportId;
  })();
}
