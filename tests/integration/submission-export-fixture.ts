import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MethodOutput } from '../../electron/api/methods';
import type { InProcessHost } from '../support/test-host';

// The sample province with its 2025 submission opened and numbered, ready to export.

export const YEAR = 2025;

export async function openSampleSubmission(host: InProcessHost) {
  await host.call('file.openSample', {});
  await host.call('submission.open', { year: YEAR });
  await host.call('submission.update', { year: YEAR, patch: { documentNumber: '15', documentDate: '2026-02-05' } });
  return host.ctx.workspace.require().sqlite;
}

/** Exports into a fresh folder of the host's temp dir; returns the contract's answer. */
export async function exportInto(host: InProcessHost, name: string, jobId = randomUUID()): Promise<MethodOutput<'submissionExport.export'>> {
  const folder = join(host.dir, name);
  mkdirSync(folder, { recursive: true });
  host.platform.directoryAnswers.push(folder);
  return host.call('submissionExport.export', { year: YEAR, jobId });
}

/** Each paragraph of a WordprocessingML part as plain text (its runs' w:t joined). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}
