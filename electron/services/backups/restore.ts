import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { backupDatabase } from '../../../db/migrate';
import type { OpenFile } from '../../api/schemas/app';
import { appStateOf } from '../areas/app';
import { openDataFile } from '../areas/file';
import type { ServiceContext } from '../context';
import { localIsoTimestamp } from '../platform';
import { ServiceError } from '../service-error';
import { backupNotFound, checkRestorable, refusalOf } from './check';
import { commitStaged, companions, fsyncDirectory, fsyncFile, renameWithCompanions, samePath, stageCopy } from './files';
import { stemOf } from './names';
import { automaticBackupError, describeBackup, findBackup, listBackupFiles, writeBackup } from './store';

export function listOpenFileBackups(ctx: ServiceContext) {
  const { file } = ctx.workspace.require();
  const known = ctx.workspace.migrations.length;
  return {
    file,
    folder: ctx.workspace.backupDirectory,
    backups: listBackupFiles(ctx.workspace.backupDirectory, file).map((b) => describeBackup(b, known)),
    automaticError: automaticBackupError(ctx.workspace),
  };
}

/**
 * Replaces the open file with one of its backups. Order matters: the backup is staged (copied beside the file and
 * checked) first, then the current state is backed up, then the file is closed and the staged copy renamed over
 * it, and the workspace opens it like any file (migrating an older backup, with its own pre-upgrade backup). If
 * that open fails, the state from just before is put back, so the user never ends up with no working file.
 */
export function restoreBackup(ctx: ServiceContext, backupId: string): { opened: OpenFile; safetyBackupId: string } {
  const { sqlite, file } = ctx.workspace.require();
  const directory = ctx.workspace.backupDirectory;
  const backup = findBackup(directory, file, backupId);
  if (!backup) throw backupNotFound(backupId);
  const staged = stageCopy(backup.path, file, 'khoi-phuc');
  let safety: { id: string; path: string };
  try {
    checkRestorable(staged, ctx.workspace.migrations, backupId);
    safety = writeBackup(directory, sqlite, file, 'restore', { note: null });
    ctx.workspace.close();
    try {
      refuseIfOpenElsewhere(file);
    } catch (error) {
      // Nothing happened, so the copy of an unchanged file is not kept to rotate older backups out.
      rmSync(safety.path, { force: true });
      throw error;
    }
    commitStaged(staged, file);
  } catch (error) {
    rmSync(staged, { force: true });
    if (!ctx.workspace.current) openDataFile(ctx, file);
    throw error;
  }
  let opened: OpenFile;
  try {
    opened = openDataFile(ctx, file);
  } catch (error) {
    commitStaged(stageCopy(safety.path, file, 'hoan-lai'), file);
    openDataFile(ctx, file);
    throw new ServiceError('FILE_DAMAGED', 'Không mở được bản sao lưu sau khi khôi phục; đã đặt lại dữ liệu như trước khi khôi phục.', {
      backupId,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  ctx.emit('file.switched', appStateOf(ctx));
  return { opened, safetyBackupId: safety.id };
}

/**
 * SQLite checkpoints and deletes the write-ahead log when its last connection closes. A log still there right after
 * the app closed its own connection means another process has the file open (the command line, a second copy of
 * the app under another account, a sync tool): replacing the file under it would let that process write its log,
 * holding pages of the old database, into the restored one. So the restore stops, and the file is reopened as it was.
 */
function refuseIfOpenElsewhere(file: string): void {
  if (!existsSync(`${file}-wal`)) return;
  throw new ServiceError('FILE_IN_USE', 'Khôi phục phải thay cả tệp, mà tệp đang được mở ở nơi khác (dòng lệnh, một bản ứng dụng khác, phần mềm sao lưu hay đồng bộ).', {
    file: basename(file),
  });
}

/** A consistent copy of the open file (VACUUM INTO) wherever the user chooses, written beside it and renamed. */
export async function saveCopyAs(ctx: ServiceContext): Promise<{ saved: { path: string; sizeBytes: number } | null }> {
  const before = ctx.workspace.require();
  const suggested = `${stemOf(before.file)}-ban-sao-${localIsoTimestamp(ctx.clock.now()).slice(0, 10)}.sqlite`;
  const chosen = await ctx.platform.chooseNewFileLocation(suggested);
  if (!chosen) return { saved: null };
  // The dialog awaited; the open file is read again rather than trusted from before it.
  const { sqlite, file } = ctx.workspace.require();
  const target = resolve(chosen);
  if (samePath(target, file)) {
    throw new ServiceError('INVALID_INPUT', 'Không thể lưu bản sao đè lên chính tệp đang mở; hãy chọn tên khác.');
  }
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.dang-luu`;
  rmSync(temp, { force: true });
  try {
    backupDatabase(sqlite, temp);
    fsyncFile(temp);
    // The save dialog has asked before replacing an existing file; its stale companions would corrupt the copy.
    for (const suffix of companions) rmSync(`${target}${suffix}`, { force: true });
    renameSync(temp, target);
    fsyncDirectory(dirname(target));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { saved: { path: target, sizeBytes: statSync(target).size } };
}

function recentEntry(ctx: ServiceContext, recentId: string) {
  const entry = ctx.prefs.get().recentFiles.find((f) => f.id === recentId);
  if (!entry) throw new ServiceError('NOT_FOUND', 'Tệp này không còn trong danh sách gần đây.', { recentId });
  return entry;
}

/** The backups of a recent file, each checked read-only, for the start page's offer when the file is refused. */
export function listRecentFileBackups(ctx: ServiceContext, recentId: string) {
  const entry = recentEntry(ctx, recentId);
  const known = ctx.workspace.migrations.length;
  return {
    provinceName: entry.provinceName,
    path: entry.path,
    backups: listBackupFiles(ctx.workspace.backupDirectory, entry.path).map((b) => describeBackup(b, known, { verify: true })),
  };
}

function asideName(file: string, why: string, now: Date): string {
  const stamp = localIsoTimestamp(now).slice(0, 19).replace(/:/g, '-');
  let aside = `${file}.${why}-${stamp}`;
  for (let n = 2; existsSync(aside); n += 1) aside = `${file}.${why}-${stamp}-${n}`;
  return aside;
}

/**
 * Restores a backup in place of a recent file the app refuses to open. The refused file is never written nor
 * deleted: it is renamed aside (`<name>.hong-<time>`; `.moi-hon-` for a file from a newer app, which is not
 * damaged and may be opened again after an update), and the backup is copied in under the original name.
 */
export function restoreRecentFile(ctx: ServiceContext, recentId: string, backupId: string): { opened: OpenFile; setAsideAs: string } {
  const entry = recentEntry(ctx, recentId);
  const file = entry.path;
  const current = ctx.workspace.current;
  if (current && samePath(current.path, file)) {
    throw new ServiceError('INVALID_INPUT', 'Tệp này đang mở bình thường; hãy khôi phục trong trang Sao lưu.', { recentId });
  }
  const refusal = refusalOf(file, ctx.workspace.migrations);
  if (refusal === null) {
    throw new ServiceError('INVALID_INPUT', 'Tệp này mở được bình thường nên không bị thay thế. Hãy mở tệp rồi khôi phục trong trang Sao lưu.', {
      recentId,
    });
  }
  if (refusal === 'FILE_NOT_FOUND') {
    throw new ServiceError('FILE_NOT_FOUND', 'Không tìm thấy tệp ở vị trí cũ (ổ đĩa rời chưa cắm, hoặc tệp đã được chuyển đi); không khôi phục vào chỗ trống.', {
      recentId,
    });
  }
  const backup = findBackup(ctx.workspace.backupDirectory, file, backupId);
  if (!backup) throw backupNotFound(backupId);
  const staged = stageCopy(backup.path, file, 'khoi-phuc');
  const aside = asideName(file, refusal === 'FILE_TOO_NEW' ? 'moi-hon' : 'hong', ctx.clock.now());
  try {
    checkRestorable(staged, ctx.workspace.migrations, backupId);
    renameWithCompanions(file, aside);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
  let opened: OpenFile;
  try {
    commitStaged(staged, file);
    opened = openDataFile(ctx, file);
  } catch (error) {
    rmSync(staged, { force: true });
    for (const suffix of ['', ...companions]) rmSync(`${file}${suffix}`, { force: true });
    renameWithCompanions(aside, file);
    throw error;
  }
  ctx.emit('file.switched', appStateOf(ctx));
  return { opened, setAsideAs: basename(aside) };
}
