import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Violation } from './verify';
import type { ExportAck, ExportedFile, ExportIntent } from './protocol';

const fail = (message: string): never => {
  throw new Violation(message);
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ROLES = ['appendix_xlsx', 'data_package', 'report_docx', 'report_pdf'];
// files.ts names a file being written ".<name>.<pid>-<8 hex>.tmp"; a kill may leave one behind, whole or not.
const TEMPORARY = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/;

export interface ExportsChecked {
  /** Export rows in the file, each whole. */
  recorded: number;
  /** Files under a final name that a killed export placed before its recording committed: whole, not recorded. */
  placedUnrecorded: number;
  /** Temporary files a kill left behind. */
  temporaries: number;
}

/**
 * What must hold of the exports after any kill (run after checkFile, which recovered the WAL):
 * - every export row has its four file rows, one per role, and the file data keeps the snapshot's and every file's
 *   bytes under their SHA-256 with their size (no export half recorded);
 * - every acknowledged export is there with exactly the files it acknowledged;
 * - every recorded file is in the folder under its recorded name with its recorded bytes;
 * - every other file under a final name in the folder is whole: byte for byte a file some writer built and announced
 *   before placing (placed, then killed before the recording committed); temporaries may be anything.
 */
export function checkExports(file: string, folder: string, acks: readonly ExportAck[], intents: readonly ExportIntent[]): ExportsChecked {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const content = db.prepare('SELECT size_bytes AS size, bytes FROM document_contents WHERE sha256 = ?');
    const kept = new Set<string>();
    const requireKept = (hash: string, size: number | null, what: string) => {
      if (kept.has(hash)) return;
      const row = (content.get(hash) as { size: number; bytes: Buffer } | undefined) ?? fail(`${what}: no bytes kept under ${hash}`);
      if (sha256(row.bytes) !== hash || row.bytes.length !== row.size) fail(`${what}: the bytes kept under ${hash} are not those bytes`);
      if (size !== null && row.size !== size) fail(`${what}: ${row.size} bytes kept, ${size} recorded`);
      kept.add(hash);
    };

    const exports = db.prepare('SELECT id, snapshot_sha256 AS snapshot FROM submission_exports ORDER BY id').all() as { id: number; snapshot: string }[];
    const filesOf = db.prepare('SELECT role, file_name AS fileName, sha256, size_bytes AS sizeBytes FROM submission_export_files WHERE export_id = ? ORDER BY role');
    const recorded = new Map<number, { snapshot: string; files: ExportedFile[] }>();
    for (const row of exports) {
      const files = filesOf.all(row.id) as ExportedFile[];
      const roles = files.map((f) => f.role).join(',');
      if (roles !== ROLES.join(',')) fail(`export ${row.id} is half recorded: its file rows are [${roles}]`);
      requireKept(row.snapshot, null, `export ${row.id} snapshot`);
      for (const f of files) requireKept(f.sha256, f.sizeBytes, `export ${row.id} ${f.role}`);
      recorded.set(row.id, { snapshot: row.snapshot, files });
    }
    const orphans = db.prepare('SELECT count(*) AS n FROM submission_export_files WHERE export_id NOT IN (SELECT id FROM submission_exports)').get() as { n: number };
    if (orphans.n > 0) fail(`${orphans.n} export file rows belong to no export`);

    const key = (f: ExportedFile) => `${f.role}|${f.fileName}|${f.sha256}|${f.sizeBytes}`;
    for (const ack of acks) {
      const row = recorded.get(ack.exportId) ?? fail(`acknowledged export ${ack.exportId} is missing`);
      if (row.snapshot !== ack.snapshotSha256) fail(`acknowledged export ${ack.exportId} has another snapshot`);
      const want = ack.files.map(key).sort().join('\n');
      if (row.files.map(key).sort().join('\n') !== want) fail(`acknowledged export ${ack.exportId} has other files than acknowledged`);
    }

    const byName = new Map([...recorded.values()].flatMap((r) => r.files.map((f) => [f.fileName, f] as const)));
    for (const f of byName.values()) {
      const path = join(folder, f.fileName);
      if (!existsSync(path)) fail(`recorded file "${f.fileName}" is not in the folder`);
    }
    const built = new Set(intents.flatMap((i) => i.files.map((f) => `${f.sha256}|${f.sizeBytes}`)));
    const result: ExportsChecked = { recorded: recorded.size, placedUnrecorded: 0, temporaries: 0 };
    for (const name of existsSync(folder) ? readdirSync(folder) : []) {
      if (TEMPORARY.test(name)) {
        result.temporaries += 1;
        continue;
      }
      const bytes = readFileSync(join(folder, name));
      const found = `${sha256(bytes)}|${bytes.length}`;
      const record = byName.get(name);
      if (record) {
        if (found !== `${record.sha256}|${record.sizeBytes}`) fail(`"${name}" in the folder is not the recorded file (${bytes.length} bytes, ${record.sizeBytes} recorded)`);
      } else if (built.has(found)) {
        result.placedUnrecorded += 1;
      } else {
        fail(`"${name}" in the folder (${bytes.length} bytes) is neither a recorded file nor one a writer built: partial`);
      }
    }
    return result;
  } finally {
    db.close();
  }
}
