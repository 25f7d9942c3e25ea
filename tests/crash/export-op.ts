// The writer's export: the submission export's own steps (build-files.ts, then place-and-record.ts, as export-job.ts
// runs them) on the writer's file and folder, so a kill can land while the four files are written under temporary names, while they
// are moved to their real names, inside the transaction that records them, or between that commit and the
// acknowledgement. Loaded by the writer on its first export only: docx, exceljs and echarts are a second of start-up.
import { randomUUID } from 'node:crypto';
import { localIsoTimestamp } from '../../electron/services/platform';
import type { ServiceContext } from '../../electron/services/context';
import { buildFiles, readSnapshot } from '../../electron/services/submission-export/build-files';
import { sha256Of } from '../../electron/services/submission-export/files';
import { placeAndRecord } from '../../electron/services/submission-export/place-and-record';
import { submissionOfYear } from '../../electron/services/submission-export/store';
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
    announce({ intent: 'export', files: files.map((f) => ({ role: f.role, fileName: f.fileName, sha256: sha256Of(f.bytes), sizeBytes: f.bytes.length })) });
    const { exportId, written } = placeAndRecord(sqlite, job, { submissionId: submission.id, year, exportedAt, exportedBy: ctx.actor, read, files, folder });
    return {
      op: 'export',
      exportId,
      snapshotSha256: sha256Of(Buffer.from(JSON.stringify(read.snapshot), 'utf8')),
      files: written.map(({ role, fileName, sha256, sizeBytes }) => ({ role, fileName, sha256, sizeBytes })),
    };
  });
}
