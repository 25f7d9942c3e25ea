import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Sqlite } from '../../../db/client';
import { DataFileError } from '../../../db/data-file-error';
import { type FileInspection, inspectDataFile, migrate, type Migration } from '../../../db/migrate';
import type { ErrorCode } from '../../api/envelope';
import { ServiceError } from '../service-error';

export type Refusal = Extract<ErrorCode, 'FILE_NOT_FOUND' | 'FILE_NOT_OURS' | 'FILE_TOO_NEW' | 'FILE_DAMAGED'>;

const refusals = { NOT_FOUND: 'FILE_NOT_FOUND', NOT_OURS: 'FILE_NOT_OURS', TOO_NEW: 'FILE_TOO_NEW', DAMAGED: 'FILE_DAMAGED' } as const;

/** Read-only: does the file hold the one province profile row every data file has? */
export function hasProvinceProfile(file: string): boolean {
  let db: Sqlite | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare('SELECT 1 FROM province_profile WHERE id = 1').get() !== undefined;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Byte 18 of the SQLite header: the file format version needed to write (1 rollback journal, 2 WAL). */
function writeFormatVersion(file: string): number {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return header[18]!;
}

type Columns = Map<string, string>;

const columnsOf = (db: Sqlite, tables: Iterable<string>): Columns =>
  new Map(
    [...tables].map((table) => [
      table,
      (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY name').all(table) as { name: string }[]).map((c) => c.name).join(','),
    ]),
  );

const expectedColumns = new WeakMap<Migration[], Columns>();

/** The tables and columns the migrations make, built once in memory. */
function expectedColumnsOf(migrations: Migration[]): Columns {
  let expected = expectedColumns.get(migrations);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      migrate(db, migrations);
      const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
      expected = columnsOf(db, tables);
    } finally {
      db.close();
    }
    expectedColumns.set(migrations, expected);
  }
  return expected;
}

/**
 * A table of the current schema missing, or with other columns: the schema text in the file changed (a flipped
 * byte in a column name passes SQLite's own checks) or another tool edited it. Every query would then fail on use.
 * Columns by name only: what queries depend on, and the same whichever SQLite version migrated the file.
 */
function tableNotMatching(file: string, migrations: Migration[]): string | null {
  const expected = expectedColumnsOf(migrations);
  let db: Sqlite | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const actual = columnsOf(db, expected.keys());
    return [...expected].find(([table, columns]) => actual.get(table) !== columns)?.[0] ?? null;
  } catch {
    return 'sqlite_schema';
  } finally {
    db?.close();
  }
}

/**
 * What inspectDataFile lets through but opening for writing would refuse or fail on, found read-only, so such a
 * file is refused before anything writes to it: an empty database (a 0-byte file: migrating it would make it
 * ours), a file format a newer SQLite wrote (readable, but SQLite may not write it), no province profile (it would
 * be migrated, then refused), and, for a file of the current schema version, tables that are not that schema's.
 */
export function refuseBeforeWriting(file: string, inspection: FileInspection, migrations: Migration[]): void {
  if (inspection.isEmpty) throw new DataFileError('NOT_OURS', 'Tệp trống, không phải tệp dữ liệu của ứng dụng; tệp không bị thay đổi.', { file });
  if (writeFormatVersion(file) > 2) {
    throw new DataFileError('TOO_NEW', 'Tệp dùng định dạng SQLite mới hơn ứng dụng này ghi được; tệp không bị thay đổi.', { file });
  }
  if (!hasProvinceProfile(file)) throw new DataFileError('DAMAGED', 'Tệp dữ liệu thiếu hồ sơ tỉnh; tệp không bị thay đổi.', { file });
  if (inspection.schemaVersion === migrations.length) {
    const table = tableNotMatching(file, migrations);
    if (table) {
      throw new DataFileError('DAMAGED', `Cấu trúc tệp không khớp lược đồ v${migrations.length} (bảng ${table}); tệp không bị thay đổi.`, { file, table });
    }
  }
}

/**
 * Why the workspace would refuse to open a file, found read-only (the file is not written): the same checks as
 * Workspace.open before it writes anything. Null when the file would open.
 */
export function refusalOf(file: string, migrations: Migration[]): Refusal | null {
  try {
    refuseBeforeWriting(file, inspectDataFile(file, migrations.length), migrations);
    return null;
  } catch (error) {
    if (error instanceof DataFileError && error.problem !== 'MIGRATION_FAILED') return refusals[error.problem];
    return 'FILE_DAMAGED';
  }
}

const backupProblems: Record<Exclude<Refusal, 'FILE_NOT_FOUND'>, string> = {
  FILE_DAMAGED: 'Bản sao lưu này bị hỏng nên không khôi phục được; không có gì bị thay đổi. Hãy chọn một bản khác.',
  FILE_NOT_OURS: 'Bản sao lưu này không phải tệp dữ liệu của ứng dụng; không có gì bị thay đổi.',
  FILE_TOO_NEW: 'Bản sao lưu này do phiên bản ứng dụng mới hơn tạo ra; hãy cập nhật ứng dụng. Không có gì bị thay đổi.',
};

/** Refuses a backup (or its staged copy) that the workspace could not open, with a message about the backup. */
export function checkRestorable(copy: string, migrations: Migration[], backupId: string): void {
  const refusal = refusalOf(copy, migrations);
  if (refusal === null) return;
  const code = refusal === 'FILE_NOT_FOUND' ? 'FILE_DAMAGED' : refusal;
  throw new ServiceError(code, backupProblems[code], { backupId });
}

export const backupNotFound = (backupId: string) =>
  new ServiceError('NOT_FOUND', 'Không tìm thấy bản sao lưu này của tệp (có thể đã được dọn khi có bản mới hơn).', { backupId });
