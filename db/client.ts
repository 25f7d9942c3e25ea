import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = ReturnType<typeof drizzle<typeof schema>>;

export interface OpenedDatabase {
  sqlite: Sqlite;
  db: Db;
  file: string;
}

/** 'GDNN' in ASCII: marks a SQLite file as ours, so a stranger's database is refused instead of migrated. */
export const APPLICATION_ID = 0x47444e4e;

/**
 * Opens a data file with the pragmas every connection needs. No module-level singleton: each host and test owns
 * its connections. Read-only opens are used to inspect a file before anything may be written to it.
 */
export function openDatabase(file: string, options: { readonly?: boolean; create?: boolean } = {}): OpenedDatabase {
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !(options.create ?? false) });
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    // FULL, not NORMAL: a department's plan on an office PC outlives power cuts; our writes are small, the cost is too.
    sqlite.pragma('synchronous = FULL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, db: drizzle(sqlite, { schema }), file };
}
