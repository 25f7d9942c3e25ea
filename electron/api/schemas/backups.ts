import { z } from 'zod';
import { openFile } from './app';
import { isoDateTime } from './common';

/**
 * A backup is named by an opaque id the list handed out (its file name in the backups folder). The page never
 * sends a path: the service looks the id up in its own listing, so separators and control characters are refused
 * here already, before any lookup.
 */
export const backupId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^(?!\.\.?$)[^/\\\p{Cc}]+$/u, 'Mã bản sao lưu không hợp lệ.');

/** The ids of the recent-files list the host keeps (see file.openRecent). */
export const recentId = z.string().min(1).max(64);

/** Why a backup was made: every open of the day, before a schema upgrade, before an import, before a restore. */
export const backupReasons = ['daily', 'migration', 'import', 'restore', 'other'] as const;
export const backupReason = z.enum(backupReasons);
export type BackupReason = z.infer<typeof backupReason>;

export const backupEntry = z.object({
  id: backupId,
  createdAt: isoDateTime,
  reason: backupReason,
  /** What the reason refers to: the schema version upgraded from ('v1'), or what was imported. */
  note: z.string().nullable(),
  sizeBytes: z.number().int().min(0),
  /** Read from the backup itself; null when it cannot be read (then it cannot be restored either). */
  provinceName: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  /** False when the backup is unreadable, not ours, or from a newer app version. */
  restorable: z.boolean(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const backupList = z.object({
  /** The open data file, and the folder its backups live in (both shown, never sent back). */
  file: z.string(),
  folder: z.string(),
  /** Newest first. */
  backups: z.array(backupEntry),
  /** Set when today's automatic backup could not be written (e.g. the disk is full). */
  automaticError: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupList>;

export const backupRestoreResult = z.object({
  opened: openFile,
  /** The copy of the state just replaced, so a restore can itself be undone by restoring this one. */
  safetyBackupId: backupId,
});

export const savedCopy = z.object({ path: z.string(), sizeBytes: z.number().int().min(0) });

export const recentBackups = z.object({
  provinceName: z.string(),
  path: z.string(),
  /** Newest first; each one checked (read-only) so the page can offer the newest good one. */
  backups: z.array(backupEntry),
});

export const recentRestoreResult = z.object({
  opened: openFile,
  /** The file name the refused file now has, beside the restored one; it is kept, never deleted. */
  setAsideAs: z.string(),
});
