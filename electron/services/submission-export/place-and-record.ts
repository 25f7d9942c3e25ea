import type { Sqlite } from '../../../db/client';
import { PACKAGE_FORMAT_VERSION } from '../data-package';
import type { Job } from '../jobs';
import { BUILD_STEPS, type SnapshotRead } from './build-files';
import { type OutFile, removePlaced, type WrittenFile, writeAllOrNothing } from './files';
import { recordExport } from './store';

export interface ExportToPlace {
  submissionId: number;
  year: number;
  exportedAt: string;
  exportedBy: string;
  read: SnapshotRead;
  files: OutFile[];
  folder: string;
}

/**
 * The export's last two steps: the built files go into the folder (all four or none; Cancel works until they carry
 * their real names), then the snapshot and every file's bytes are recorded in one transaction. If the recording
 * fails, the placed files are removed: an export is in the folder only if it is in the data file. (A kill between
 * the two leaves whole files that were never recorded; the crash test counts them.)
 */
export function placeAndRecord(sqlite: Sqlite, job: Job, out: ExportToPlace): { exportId: number; written: WrittenFile[] } {
  const written = writeAllOrNothing(out.folder, out.files, () => job.throwIfCancelled());
  job.report(BUILD_STEPS + 1, BUILD_STEPS + 2, 'Đang lưu bản đã xuất vào tệp dữ liệu…');
  try {
    const exportId = recordExport(
      sqlite,
      {
        submissionId: out.submissionId,
        year: out.year,
        exportedAt: out.exportedAt,
        exportedBy: out.exportedBy,
        // The state the snapshot saw, read in the same transaction as its figures.
        state: out.read.snapshot.submission.state,
        packageFormatVersion: PACKAGE_FORMAT_VERSION,
        snapshot: Buffer.from(JSON.stringify(out.read.snapshot), 'utf8'),
      },
      written.map((file, i) => ({ role: file.role, fileName: file.fileName, bytes: out.files[i]!.bytes })),
    );
    return { exportId, written };
  } catch (error) {
    removePlaced(written);
    throw error;
  }
}
