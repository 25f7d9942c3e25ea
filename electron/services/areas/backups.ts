import { listOpenFileBackups, listRecentFileBackups, restoreBackup, restoreRecentFile, saveCopyAs } from '../backups';
import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/backups.ts; the work lives in electron/services/backups/. */
export const backupHandlers: HandlersFor<'backups'> = {
  'backups.list': (_input, ctx) => listOpenFileBackups(ctx),
  'backups.restore': ({ id }, ctx) => restoreBackup(ctx, id),
  'backups.saveCopyAs': (_input, ctx) => saveCopyAs(ctx),
  'backups.listForRecent': ({ recentId }, ctx) => listRecentFileBackups(ctx, recentId),
  'backups.restoreRecent': ({ recentId, backupId }, ctx) => restoreRecentFile(ctx, recentId, backupId),
};
