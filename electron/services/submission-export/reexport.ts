import type { ServiceContext } from '../context';
import type { Job } from '../jobs';
import { ServiceError } from '../service-error';
import { type OutFile, sha256Of, writeAllOrNothing } from './files';
import { contentBytes, exportById, listExports } from './store';

/** Past exports with their files and hashes, newest first. */
export function listPastExports(ctx: ServiceContext, year?: number) {
  return listExports(ctx.workspace.require().sqlite, year).map(({ submissionId: _s, ...row }) => row);
}

/**
 * Writes a past export's files again, from the bytes kept in the data file, to a folder the user chooses. Each
 * file's bytes are checked against its recorded SHA-256 before writing and again on disk after.
 */
export async function reexportSubmission(ctx: ServiceContext, input: { exportId: number; jobId?: string | undefined }) {
  const { sqlite } = ctx.workspace.require();
  const past = exportById(sqlite, input.exportId);
  if (!past) throw new ServiceError('NOT_FOUND', `Không tìm thấy lần xuất #${input.exportId}.`, { exportId: input.exportId });
  const files: OutFile[] = past.files.map((file) => {
    const bytes = contentBytes(sqlite, file.sha256);
    if (!bytes || sha256Of(bytes) !== file.sha256) {
      throw new ServiceError('FILE_DAMAGED', `Nội dung tệp "${file.fileName}" lưu trong tệp dữ liệu bị thiếu hoặc hỏng (mã băm không khớp); không xuất lại được.`, {
        exportId: input.exportId,
        role: file.role,
      });
    }
    return { role: file.role, fileName: file.fileName, bytes };
  });
  const folder = await ctx.platform.chooseDirectory();
  if (!folder) return { folder: null, files: [] };
  const write = (job: Job | null) => {
    job?.report(0, 1, 'Đang ghi lại các tệp đã gửi…');
    const written = writeAllOrNothing(folder, files, () => job?.throwIfCancelled());
    job?.report(1, 1, 'Đã ghi xong');
    return { folder, files: written.map(({ path: _path, ...file }) => file) };
  };
  return input.jobId ? ctx.jobs.run(input.jobId, async (job) => write(job)) : write(null);
}
