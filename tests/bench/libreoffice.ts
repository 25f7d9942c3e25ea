import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';
import type { InProcessHost } from '../support/test-host';
import { ms, summarise } from './stats';
import { writeInstitutionWorkbook } from './workbook';

// The yardstick for the import: LibreOffice converting the same workbook to CSV, that is reading it and writing its
// cells out, nothing checked, matched or stored. Measured warm (its profile built by an unmeasured first run), as the
// median of several runs, in the same bench run as ours, so the ratio holds on whatever machine it ran. Each run is a
// whole soffice process, so its start-up is measured apart on a one-row workbook: at the short mode's 200 rows it is
// most of the time.

export interface LibreOfficeComparison {
  host: InProcessHost;
  /** The import workbook the bench just imported. */
  workbook: string;
  /** Our full import of it (open, preview, apply), measured by the bench. */
  importMs: number;
  runs: number;
  dir: string;
  report: (label: string, value: string) => void;
}

/** Our reading alone (open + preview of the default sheet, then close): the part of the import LibreOffice also does. */
async function readOnce(host: InProcessHost, workbook: string): Promise<number> {
  const start = performance.now();
  host.platform.openAnswers.push(workbook);
  const { opened } = await host.call('institutions.importOpen', {});
  const sheet = opened!.sheets.find((s) => s.name === opened!.defaultSheet)!;
  const { headerRow, headerRows, mapping } = sheet.layout!;
  await host.call('institutions.importPreview', { token: opened!.token, sheet: sheet.name, headerRow, headerRows, mapping });
  const elapsed = performance.now() - start;
  await host.call('institutions.importClose', { token: opened!.token });
  return elapsed;
}

export async function compareWithLibreOffice({ host, workbook, importMs, runs, dir, report }: LibreOfficeComparison): Promise<void> {
  if (!findSoffice()) {
    report('LibreOffice: same workbook to CSV', 'not installed; ratio not measured');
    return;
  }
  const profileDir = join(dir, 'lo-profile');
  const outDir = join(dir, 'lo-csv');
  try {
    const oneRow = join(dir, 'mot-dong.xlsx');
    await writeInstitutionWorkbook(oneRow, 1);
    await convertWithLibreOffice(workbook, 'csv', outDir, { profileDir });
    const libreOffice: number[] = [];
    const startUp: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      let start = performance.now();
      await convertWithLibreOffice(workbook, 'csv', outDir, { profileDir });
      libreOffice.push(performance.now() - start);
      start = performance.now();
      await convertWithLibreOffice(oneRow, 'csv', outDir, { profileDir });
      startUp.push(performance.now() - start);
      ours.push(await readOnce(host, workbook));
    }
    const lo = summarise(libreOffice).p50;
    const idle = summarise(startUp).p50;
    const read = summarise(ours).p50;
    report(`LibreOffice: same workbook to CSV (p50 of ${runs}, warm profile)`, `${ms(lo)} (a one-row workbook: ${ms(idle)}, its start-up)`);
    report('  ratio ours / LibreOffice: full import (open, preview, apply)', `${ms(importMs)} / ${ms(lo)} = ${(importMs / lo).toFixed(2)}×`);
    report('  ratio ours / LibreOffice: reading alone (open + preview, p50)', `${ms(read)} / ${ms(lo)} = ${(read / lo).toFixed(2)}×`);
  } catch (error) {
    // A broken LibreOffice install must not hide the rest of the figures; it is said plainly instead.
    report('LibreOffice: same workbook to CSV', `failed: ${(error as Error).message.slice(0, 160)}`);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}
