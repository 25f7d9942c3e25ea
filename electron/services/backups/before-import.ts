import type { ServiceContext } from '../context';
import { writeBackup, type WrittenBackup } from './store';

/**
 * For import features: call this before applying an import's change set, outside any transaction. It copies the
 * open file into the backups folder (kept: the newest 10 pre-import backups per file) and throws if it cannot, so
 * an import never runs without its safety copy.
 *
 * `reason` names what is imported, shortly (e.g. 'co-so-gdnn', 'danh-gia-2026'); it becomes part of the backup's
 * file name (ASCII, at most 40 characters) and the Backups page shows it beside "before an import".
 */
export function backupBeforeImport(ctx: ServiceContext, reason: string): WrittenBackup {
  const { sqlite, file } = ctx.workspace.require();
  return writeBackup(ctx.workspace.backupDirectory, sqlite, file, 'import', { note: reason });
}
