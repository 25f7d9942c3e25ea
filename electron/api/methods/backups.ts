// Backups, restore and "save a copy as" (data safety).
import { z } from 'zod';
import { method } from '../method';
import {
  backupId,
  backupList,
  backupRestoreResult,
  recentBackups,
  recentId,
  recentRestoreResult,
  savedCopy,
} from '../schemas/backups';
import { empty } from '../schemas/common';

export const backupMethods = {
  // The open file's backups.
  'backups.list': method(empty, backupList),
  // Replaces the open file with one of its backups; the current state is backed up first.
  'backups.restore': method(z.object({ id: backupId }).strict(), backupRestoreResult),
  // A consistent copy of the open file wherever the user chooses (the host's save dialog picks the place).
  'backups.saveCopyAs': method(empty, z.object({ saved: savedCopy.nullable() })),
  // For a recent file the app refused to open (damaged, not ours, too new): its backups, by ids only.
  'backups.listForRecent': method(z.object({ recentId }).strict(), recentBackups),
  // Sets the refused file aside (renamed, never deleted or written) and puts the chosen backup in its place.
  'backups.restoreRecent': method(z.object({ recentId, backupId }).strict(), recentRestoreResult),
} as const;
