import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, type Sqlite } from '../../../db/client';
import { backupDatabase } from '../../../db/migrate';
import type { BackupEntry, BackupReason } from '../../api/schemas/backups';
import { localIsoTimestamp } from '../platform';
import type { Workspace } from '../workspace';
import { fsyncDirectory, fsyncFile } from './files';
import { backupName, belongsTo, type ParsedName, parseBackupName } from './names';

/**
 * How many backups of one data file to keep, per reason. Daily: ten opening days, about two working weeks, long
 * enough to notice last week's mistake; at a few MB per province file that is tens of MB. Before an import and
 * before a restore: the last ten of each, since each guards one risky step the user took on purpose. Before a
 * schema upgrade: all of them, because each is the only copy an older app version can still open, and upgrades
 * happen once per release.
 */
export const KEEP: Record<BackupReason, number> = { daily: 10, import: 10, restore: 10, migration: Infinity, other: Infinity };

/** A half-written backup (`.partial`) older than this belongs to a process that died; newer ones may be in flight. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface BackupFile extends ParsedName {
  id: string;
  path: string;
  sizeBytes: number;
}

/** The backups of one data file in a folder, newest first. Reads names and sizes only. */
export function listBackupFiles(directory: string, file: string): BackupFile[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    // No folder yet (no backup so far), or something else in its place (then writing a backup reports it).
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
  const found: BackupFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupName(entry.name);
    if (!parsed || !belongsTo(parsed, file)) continue;
    const path = join(directory, entry.name);
    try {
      found.push({ ...parsed, id: entry.name, path, sizeBytes: statSync(path).size });
    } catch {
      // Removed between the listing and the stat (rotation by another instance): not a backup any more.
    }
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
}

/** Looks a backup up by the id the list gave; ids that are not in the folder's own listing find nothing. */
export function findBackup(directory: string, file: string, id: string): BackupFile | undefined {
  return listBackupFiles(directory, file).find((b) => b.id === id);
}

interface Contents {
  provinceName: string | null;
  schemaVersion: number | null;
  ours: boolean;
  intact: boolean;
}

/** Reads a backup read-only: whose it is and which schema; with `verify`, SQLite's quick_check too. */
function readContents(path: string, verify: boolean): Contents {
  let db: Sqlite | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const intact = !verify || db.pragma('quick_check', { simple: true }) === 'ok';
    const row = ours ? (db.prepare('SELECT name FROM province_profile WHERE id = 1').get() as { name: string } | undefined) : undefined;
    return { provinceName: row?.name ?? null, schemaVersion, ours, intact };
  } catch {
    return { provinceName: null, schemaVersion: null, ours: false, intact: false };
  } finally {
    db?.close();
  }
}

export function describeBackup(backup: BackupFile, knownVersions: number, options: { verify?: boolean } = {}): BackupEntry {
  const contents = readContents(backup.path, options.verify ?? false);
  const restorable =
    contents.ours &&
    contents.intact &&
    contents.provinceName !== null &&
    contents.schemaVersion !== null &&
    contents.schemaVersion >= 1 &&
    contents.schemaVersion <= knownVersions;
  return {
    id: backup.id,
    createdAt: localIsoTimestamp(backup.createdAt),
    reason: backup.reason,
    note: backup.note,
    sizeBytes: backup.sizeBytes,
    provinceName: contents.provinceName,
    schemaVersion: contents.schemaVersion,
    restorable,
  };
}

export interface WrittenBackup {
  id: string;
  path: string;
}

/**
 * Writes a consistent copy of an open data file into the backups folder (VACUUM INTO, so WAL content is included
 * and the copy is one self-contained file), then drops the oldest backups of the same file and reason beyond
 * KEEP. The copy is written under a `.partial` name, flushed and renamed: a crash never leaves a half backup under
 * a name the list would offer for restoring. Must not run inside a transaction (SQLite refuses VACUUM there).
 */
export function writeBackup(
  directory: string,
  sqlite: Sqlite,
  file: string,
  reason: BackupReason,
  options: { note?: string | null; now?: Date } = {},
): WrittenBackup {
  mkdirSync(directory, { recursive: true });
  let time = (options.now ?? new Date()).getTime();
  let name = backupName(file, new Date(time), reason, options.note ?? null);
  // Two backups of one file in the same millisecond (a restore right after an import): the next free millisecond.
  while (existsSync(join(directory, name))) name = backupName(file, new Date(++time), reason, options.note ?? null);
  const path = join(directory, name);
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    backupDatabase(sqlite, partial);
    fsyncFile(partial);
    renameSync(partial, path);
    fsyncDirectory(directory);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  rotate(directory, file, reason);
  return { id: name, path };
}

function rotate(directory: string, file: string, reason: BackupReason): void {
  // Only tagged names: an untagged (older) name matched by stem alone might be another folder's file of that name.
  const same = listBackupFiles(directory, file).filter((b) => b.reason === reason && b.tag !== null);
  for (const old of same.slice(KEEP[reason])) rmSync(old.path, { force: true });
  const now = Date.now();
  for (const name of readdirSync(directory)) {
    if (!name.endsWith('.sqlite.partial')) continue;
    const path = join(directory, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
}

const localDay = (date: Date) => localIsoTimestamp(date).slice(0, 10);

const automaticErrors = new WeakMap<Workspace, string>();

/** Why today's automatic backup of the open file failed, if it did. */
export const automaticBackupError = (workspace: Workspace) => automaticErrors.get(workspace) ?? null;

/**
 * The automatic backup when a file is opened: at most one per file per calendar day (any backup of the file made
 * today counts, e.g. the one before a schema upgrade at this very open). A file nobody has changed yet (no audit
 * rows: new, or the untouched sample) is skipped: it equals its own creation. A failure must not stop the user
 * from working; it is remembered and the Backups page shows it.
 */
export function automaticBackupOnOpen(workspace: Workspace, now = new Date()): void {
  automaticErrors.delete(workspace);
  try {
    const { sqlite, file } = workspace.require();
    const changed = sqlite.prepare('SELECT EXISTS (SELECT 1 FROM audit_rows) AS yes').get() as { yes: number };
    if (!changed.yes) return;
    const today = localDay(now);
    if (listBackupFiles(workspace.backupDirectory, file).some((b) => localDay(b.createdAt) === today)) return;
    writeBackup(workspace.backupDirectory, sqlite, file, 'daily', { now });
  } catch (error) {
    automaticErrors.set(workspace, error instanceof Error ? error.message : String(error));
  }
}
