import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, type Sqlite } from './client';
import { DataFileError } from './data-file-error';

export interface Migration {
  index: number;
  tag: string;
  statements: string[];
}

/** Reads drizzle-kit's journal and SQL files, in journal order (not file-name or timestamp order). */
export function readMigrations(folder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry, position) => {
      if (entry.idx !== position) throw new Error(`migration journal has a gap before ${entry.tag}`);
      const text = readFileSync(join(folder, `${entry.tag}.sql`), 'utf8');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
      return { index: entry.idx, tag: entry.tag, statements };
    });
}

export interface FileInspection {
  schemaVersion: number;
  isOurs: boolean;
  isEmpty: boolean;
}

/**
 * Looks at a file without writing to it: opened read-only, so a refused file (a stranger's database, a newer
 * schema, a damaged file) is left byte-for-byte as it was.
 */
export function inspectDataFile(file: string, knownVersions: number): FileInspection {
  if (!existsSync(file)) throw new DataFileError('NOT_FOUND', `Không tìm thấy tệp dữ liệu: ${file}`, { file });
  let probe: Sqlite | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    const quick = probe.pragma('quick_check', { simple: true }) as string;
    if (quick !== 'ok') {
      throw new DataFileError('DAMAGED', 'Tệp dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt).', { file, check: quick });
    }
    const isEmpty = tables.n === 0;
    const isOurs = applicationId === APPLICATION_ID;
    if (!isOurs && !isEmpty) {
      throw new DataFileError('NOT_OURS', 'Tệp này không phải tệp dữ liệu của ứng dụng.', { file, applicationId });
    }
    if (schemaVersion > knownVersions) {
      throw new DataFileError(
        'TOO_NEW',
        `Tệp được tạo bởi phiên bản ứng dụng mới hơn (lược đồ ${schemaVersion}, ứng dụng này biết đến ${knownVersions}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
        { file, schemaVersion, knownVersions },
      );
    }
    return { schemaVersion, isOurs, isEmpty };
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw new DataFileError('DAMAGED', 'Không đọc được tệp: tệp bị hỏng hoặc không phải cơ sở dữ liệu SQLite.', {
      file,
      cause: error instanceof Error ? error.message : String(error),
    });
  } finally {
    probe?.close();
  }
}

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

/**
 * Brings an open connection to the newest schema. Backup first (a file with data is copied aside before any
 * migration touches it); foreign keys are switched off outside the transaction, because SQLite ignores the
 * pragma inside one and a table rebuild would otherwise cascade; each migration's foreign_key_check runs
 * inside its transaction, so a violation rolls that migration back.
 */
export function migrate(
  sqlite: Sqlite,
  migrations: Migration[],
  options: { backup?: (fromVersion: number) => string | null } = {},
): MigrateResult {
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) {
    throw new DataFileError('TOO_NEW', `Lược đồ tệp (${from}) mới hơn ứng dụng (${migrations.length}).`, {
      schemaVersion: from,
      knownVersions: migrations.length,
    });
  }
  const pending = migrations.slice(from);
  if (pending.length === 0) return { from, to: from, backupFile: null };
  const backupFile = from > 0 && options.backup ? options.backup(from) : null;

  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement);
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new DataFileError('MIGRATION_FAILED', `Nâng cấp ${migration.tag} vi phạm khóa ngoại; đã hoàn tác.`, {
            tag: migration.tag,
            violations: violations.slice(0, 20),
          });
        }
        sqlite.pragma(`application_id = ${APPLICATION_ID}`);
        sqlite.pragma(`user_version = ${migration.index + 1}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { from, to: migrations.length, backupFile };
}

/** Copies a closed-or-open data file consistently: VACUUM INTO writes a clean single file even in WAL mode. */
export function backupDatabase(sqlite: Sqlite, target: string): string {
  if (existsSync(target)) throw new Error(`backup target exists: ${target}`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

