import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Flushes a file to the disk, so a rename that follows never publishes a name whose bytes are still in the cache. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable where the OS allows it; Windows cannot open a directory for flushing, and needs not. */
export function fsyncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: NTFS journals renames itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** SQLite's companions of a data file; a stale one beside a replaced file would be replayed into the wrong data. */
export const companions = ['-wal', '-shm', '-journal'] as const;

export function samePath(a: string, b: string): boolean {
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  return fold ? resolve(a).toLowerCase() === resolve(b).toLowerCase() : resolve(a) === resolve(b);
}

/**
 * The first half of replacing a file atomically: a flushed copy of `source` beside `target`, under a temporary
 * name. Staging before anything else happens means the copy cannot vanish (rotation, another instance) midway.
 */
export function stageCopy(source: string, target: string, tempSuffix: string): string {
  const temp = `${target}.${process.pid}.${tempSuffix}`;
  rmSync(temp, { force: true });
  try {
    copyFileSync(source, temp);
    fsyncFile(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

/**
 * The second half: renames the staged copy over `target`, so `target` is at every instant either the old file or
 * the whole new one. The target must be closed; its stale companions go first.
 */
export function commitStaged(temp: string, target: string): void {
  for (const suffix of companions) rmSync(`${target}${suffix}`, { force: true });
  renameSync(temp, target);
  fsyncDirectory(dirname(target));
}

/** Renames a file and its SQLite companions together, so the pair stays consistent under the new name. */
export function renameWithCompanions(from: string, to: string): void {
  renameSync(from, to);
  for (const suffix of companions) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
  fsyncDirectory(dirname(to));
}
