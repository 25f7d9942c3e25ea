import type { Sqlite } from '../../../db/client';
import type { ExportFileRole } from '../../api/schemas/submission-export';
import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { planSheetInput } from '../capital/investment-plan/export';
import type { PlanSheetInput } from '../capital/investment-plan/workbook';
import { buildDataPackage } from '../data-package';
import type { Job } from '../jobs';
import type { Platform } from '../platform';
import { buildSubmissionSnapshot } from '../submission/snapshot';
import { appendixWorkbook } from './appendix/workbook';
import { exportFileNames } from './file-names';
import type { OutFile } from './files';
import { renderReport } from './report';

// The four files of a submission, built in memory from one snapshot, step by step with progress and a chance to
// cancel between steps. Nothing is written here.

export const BUILD_STEPS = 5;

export interface SnapshotRead {
  snapshot: SubmissionSnapshot;
  plan: PlanSheetInput;
}

/** The snapshot and the investment-plan rows, read in one transaction so both see the same state of the file. */
export function readSnapshot(sqlite: Sqlite, year: number, appVersion: string, generatedAt: string): SnapshotRead {
  return sqlite.transaction(() => ({
    snapshot: buildSubmissionSnapshot(sqlite, { year, appVersion, generatedAt }),
    plan: planSheetInput(sqlite, year),
  })).deferred();
}

export async function buildFiles(read: SnapshotRead, platform: Platform, job: Job, appVersion: string): Promise<OutFile[]> {
  const { snapshot, plan } = read;
  const names = exportFileNames(snapshot);
  const step = (done: number, label: string) => {
    job.throwIfCancelled();
    job.report(done, BUILD_STEPS + 2, label);
  };
  step(1, 'Đang lập báo cáo (.docx)…');
  const report = await renderReport(snapshot);
  step(2, 'Đang in báo cáo ra PDF…');
  const pdf = Buffer.from(await platform.printToPdf(report.html));
  step(3, 'Đang lập phụ lục số liệu (.xlsx)…');
  const xlsx = await appendixWorkbook(snapshot, plan);
  step(4, 'Đang đóng gói dữ liệu cho Bộ (.zip)…');
  const documents: OutFile[] = [
    { role: 'report_docx', fileName: names.report_docx, bytes: report.docx },
    { role: 'report_pdf', fileName: names.report_pdf, bytes: pdf },
    { role: 'appendix_xlsx', fileName: names.appendix_xlsx, bytes: xlsx },
  ];
  const pack = buildDataPackage({
    snapshot,
    documents: documents.map((d) => ({ role: d.role as Exclude<ExportFileRole, 'data_package'>, fileName: d.fileName, bytes: d.bytes })),
    createdAt: snapshot.generatedAt,
    appVersion,
  });
  step(5, 'Đang ghi tệp…');
  return [...documents, { role: 'data_package', fileName: pack.fileName, bytes: pack.bytes }];
}
