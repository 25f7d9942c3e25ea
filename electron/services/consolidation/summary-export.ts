import { writeFileAtomically } from '../export/write-atomically';
import { type ServiceContext } from '../context';
import { localIsoTimestamp } from '../platform';
import { consolidationRollup } from './rollup';
import { summaryWorkbook } from './summary-workbook';

/**
 * Writes the national summary workbook of a year where the user chooses, through a temporary file renamed when
 * complete. The roll-up is read before any await (no statement stays open across one).
 */
export async function exportSummary(ctx: ServiceContext, input: { year: number; jobId?: string | undefined }): Promise<{ file: string | null }> {
  const { sqlite } = ctx.workspace.require();
  const rollup = consolidationRollup(sqlite, input.year);
  const generatedAt = localIsoTimestamp(ctx.clock.now());
  const file = await ctx.platform.chooseNewFileLocation(`Tong hop toan quoc CDS GDNN nam ${input.year}.xlsx`, 'spreadsheet');
  if (!file) return { file: null };
  const write = async (step?: (done: number, label: string) => void, cancelled?: () => void) => {
    step?.(1, 'Đang lập bảng tổng hợp…');
    const content = await summaryWorkbook(rollup, generatedAt);
    cancelled?.();
    step?.(2, 'Đang ghi tệp…');
    writeFileAtomically(file, content);
    step?.(3, 'Đã ghi xong');
    return { file };
  };
  if (!input.jobId) return write();
  return ctx.jobs.run(input.jobId, (job) => write((done, label) => job.report(done, 3, label), () => job.throwIfCancelled()));
}
