import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExportFileRole } from '../../api/schemas/submission-export';
import { ServiceError } from '../service-error';

// Several files land in one folder together or not at all: each is written in full under a hidden temporary name
// and flushed; only when all are written (and the job was not cancelled) are they moved to their real names. A
// name already taken is never overwritten: the file gets the next free one ("… (2).docx").

export interface OutFile {
  role: ExportFileRole;
  fileName: string;
  bytes: Buffer;
}

export interface WrittenFile {
  role: ExportFileRole;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  path: string;
}

export const sha256Of = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function writeFlushed(path: string, bytes: Buffer) {
  const fd = openSync(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Moves `temporary` to `name` in `folder`, or to "name (2)", "name (3)"… when taken. A hard link refuses to replace
 * an existing file, so no file that appeared meanwhile is lost; where the file system has no hard links (FAT,
 * exFAT memory sticks) the name is checked, then renamed.
 */
function placeUnderFreeName(temporary: string, folder: string, name: string): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    const target = join(folder, candidate);
    try {
      linkSync(temporary, target);
      unlinkSync(temporary);
      return candidate;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(errorCode(error) ?? '')) throw error;
    }
    if (existsSync(target)) continue;
    renameSync(temporary, target);
    return candidate;
  }
  throw new ServiceError('INVALID_INPUT', `Thư mục đã có quá nhiều tệp tên "${name}"; hãy chọn thư mục khác.`, { folder, name });
}

const temporaryName = (fileName: string, tag: string) => `.${fileName}.${tag}.tmp`;
const TEMPORARY_TAG = /^(\d+)-[0-9a-f]{8}$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, under another account.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the temporaries an export killed mid-way (power cut, crash) left behind for these file names. Only those of
 * a process no longer running: another copy of the app may be exporting into the same folder right now.
 */
function sweepTemporaries(folder: string, fileNames: readonly string[]): void {
  for (const entry of readdirSync(folder)) {
    for (const fileName of fileNames) {
      const prefix = `.${fileName}.`;
      if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
      const tag = TEMPORARY_TAG.exec(entry.slice(prefix.length, -'.tmp'.length));
      if (tag && Number(tag[1]) !== process.pid && !isRunning(Number(tag[1]))) rmSync(join(folder, entry), { force: true });
    }
  }
}

/**
 * Writes every file under a temporary name, calls `beforePlacing` (which may throw, e.g. on cancel), then gives
 * each its real (free) name and checks its bytes on disk. On any failure nothing of ours is left in the folder.
 */
export function writeAllOrNothing(folder: string, files: OutFile[], beforePlacing: () => void = () => undefined): WrittenFile[] {
  mkdirSync(folder, { recursive: true });
  sweepTemporaries(
    folder,
    files.map((file) => file.fileName),
  );
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporaries = files.map((file) => join(folder, temporaryName(file.fileName, tag)));
  const placed: string[] = [];
  try {
    files.forEach((file, i) => writeFlushed(temporaries[i]!, file.bytes));
    beforePlacing();
    return files.map((file, i) => {
      const fileName = placeUnderFreeName(temporaries[i]!, folder, file.fileName);
      const path = join(folder, fileName);
      placed.push(path);
      const sha256 = sha256Of(file.bytes);
      if (sha256Of(readFileSync(path)) !== sha256) {
        throw new ServiceError('INTERNAL', `Tệp "${fileName}" ghi ra đĩa không khớp với nội dung đã tạo (mã băm khác); hãy thử thư mục khác.`, { fileName });
      }
      return { role: file.role, fileName, sha256, sizeBytes: file.bytes.length, path };
    });
  } catch (error) {
    for (const path of [...temporaries, ...placed]) rmSync(path, { force: true });
    throw error;
  }
}

/** Removes files this export placed (used when recording them in the data file fails afterwards). */
export function removePlaced(files: readonly WrittenFile[]) {
  for (const file of files) rmSync(file.path, { force: true });
}
