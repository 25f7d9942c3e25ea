// The writer's export: the submission export's own steps (electron/services/submission-export/export-job.ts) on the
// writer's file and folder, so a kill can land while the four files are written under temporary names, while they
// are moved to their real names, inside the transaction that records them, or between that commit and the
// acknowledgement. Loaded by the writer on its first export only: docx, exceljs and echarts are a second of start-up.
import { randomUUID } from 'node:crypto';
import { localIsoTimestamp } from '../../electron/services/platform';
import type { ServiceContext } from '../../electron/services/context';
import { PACKAGE_FORMAT_VERSION } from '../../electron/services/data-package';
import { buildFiles, readSnapshot } from '../../electron/services/submission-export/build-files';
import { removePlaced, sha256Of, writeAllOrNothing } from '../../electron/services/submission-export/files';
import { recordExport, submissionOfYear } from '../../electron/services/submission-export/store';
import type { Platform } from '../../electron/services/platform';
import type { ExportAck, ExportIntent } from './protocol';

/**
 * A one-page PDF, whole and valid (xref offsets counted): the writer is started some sixty times and must not start
 * Chromium, so the report's PDF is this stand-in. The other three files are the services' real builds.
 */
export function tinyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const printOnly = { printToPdf: async () => tinyPdf() } as unknown as Platform;

/**
 * Exports `year` into `folder` as the export job does, printing the intent (the files' hashes, before any is placed)
 * and returning the acknowledgement, which the writer prints only now that the recording transaction returned.
 */
export async function exportOnce(ctx: ServiceContext, year: number, folder: string, announce: (intent: ExportIntent) => void): Promise<ExportAck> {
  const { sqlite } = ctx.workspace.require();
  const submission = submissionOfYear(sqlite, year) ?? (() => { throw new Error(`no submission for ${year}`); })();
  return ctx.jobs.run(randomUUID(), async (job) => {
    const exportedAt = localIsoTimestamp(ctx.clock.now());
    const read = readSnapshot(sqlite, year, ctx.appVersion, exportedAt);
    const files = await buildFiles(read, printOnly, job, ctx.appVersion);
    const snapshot = Buffer.from(JSON.stringify(read.snapshot), 'utf8');
    announce({ intent: 'export', files: files.map((f) => ({ role: f.role, fileName: f.fileName, sha256: sha256Of(f.bytes), sizeBytes: f.bytes.length })) });
    const written = writeAllOrNothing(folder, files, () => job.throwIfCancelled());
    let exportId: number;
    try {
      exportId = recordExport(
        sqlite,
        {
          submissionId: submission.id,
          year,
          exportedAt,
          exportedBy: ctx.actor,
          state: read.snapshot.submission.state,
          packageFormatVersion: PACKAGE_FORMAT_VERSION,
          snapshot,
        },
        written.map((file, i) => ({ role: file.role, fileName: file.fileName, bytes: files[i]!.bytes })),
      );
    } catch (error) {
      removePlaced(written);
      throw error;
    }
    return {
      op: 'export',
      exportId,
      snapshotSha256: sha256Of(snapshot),
      files: written.map(({ role, fileName, sha256, sizeBytes }) => ({ role, fileName, sha256, sizeBytes })),
    };
  });
}
