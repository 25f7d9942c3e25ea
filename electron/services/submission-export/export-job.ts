import type { ServiceContext } from '../context';
import { localIsoTimestamp } from '../platform';
import { ServiceError } from '../service-error';
import { BUILD_STEPS, buildFiles, readSnapshot } from './build-files';
import { placeAndRecord } from './place-and-record';
import { submissionOfYear } from './store';

/**
 * The annual submission's export: asks for a folder, builds the report (.docx, .pdf), the appendix workbook and the
 * data package from one snapshot, writes all four (or none), and records the snapshot and every file's bytes in the
 * data file so the export can be written again byte for byte. Cancel works until the files are placed.
 */
export async function exportSubmission(ctx: ServiceContext, input: { year: number; jobId: string }) {
  const { sqlite } = ctx.workspace.require();
  const submission = submissionOfYear(sqlite, input.year);
  if (!submission) {
    throw new ServiceError('NOT_FOUND', `Chưa có hồ sơ báo cáo năm ${input.year}: hãy lập hồ sơ ở trang Báo cáo Bộ trước khi xuất tệp.`, { year: input.year });
  }
  const folder = await ctx.platform.chooseDirectory();
  if (!folder) return { folder: null, exportId: null, files: [] };

  return ctx.jobs.run(input.jobId, async (job) => {
    const exportedAt = localIsoTimestamp(ctx.clock.now());
    job.report(0, BUILD_STEPS + 2, 'Đang chốt số liệu…');
    const read = readSnapshot(sqlite, input.year, ctx.appVersion, exportedAt);
    const files = await buildFiles(read, ctx.platform, job, ctx.appVersion);
    const { exportId, written } = placeAndRecord(sqlite, job, {
      submissionId: submission.id,
      year: input.year,
      exportedAt,
      exportedBy: ctx.actor,
      read,
      files,
      folder,
    });
    job.report(BUILD_STEPS + 2, BUILD_STEPS + 2, 'Đã xuất xong');
    return { folder, exportId, files: written.map(({ path: _path, ...file }) => file) };
  });
}
