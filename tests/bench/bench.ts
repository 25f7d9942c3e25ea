// `npm run bench`: performance figures at national scale, as medians over repeated runs with ratios measured in the
// same run. Not assertions: figures for the README and the closing notes. `-- --short` is CI's quick mode.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getOverviewSummary } from '../../db/queries/overview';
import { fundingGaps, gapByYearAndSource } from '../../db/queries/funding-gap';
import { launchChromiumHost } from '../../electron/chromium-host/chromium-host';
import { makeTempDir } from '../support/temp';
import { createInProcessHost } from '../support/test-host';
import { compareWithLibreOffice } from './libreoffice';
import { benchDashboard } from './dashboard';
import { benchConsolidation } from './consolidation';
import { benchSubmissionExport } from './submission-export';
import { ms, summarise, time, trackPeakMemory } from './stats';
import { createSyntheticFile } from './synthetic-file';
import { writeInstitutionWorkbook } from './workbook';

const { values } = parseArgs({ options: { short: { type: 'boolean', default: false } } });
const short = values.short;
const size = short ? { institutions: 200, projects: 300, runs: 5, importRows: 200 } : { institutions: 2000, projects: 5000, runs: 15, importRows: 2000 };
const peakMemory = trackPeakMemory();
const temp = makeTempDir('gdnn-bench-');
const lines: string[] = [];
const report = (label: string, value: string) => {
  lines.push(`${label.padEnd(72)} ${value}`);
  console.info(`${label.padEnd(72)} ${value}`);
};

const host = createInProcessHost({ dir: temp.dir });
try {
  console.info(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${short ? ' (short mode)' : ''}`);

  // 1. The national-scale file.
  const file = join(temp.dir, 'quoc-gia.sqlite');
  let start = performance.now();
  const populated = createSyntheticFile(host, file, { institutions: size.institutions, projects: size.projects });
  report('generate national-scale file', `${ms(performance.now() - start)} (${populated})`);
  const { sqlite } = host.ctx.workspace.require();
  const allocationRows = (sqlite.prepare('SELECT count(*) AS n FROM allocations').get() as { n: number }).n;
  report('allocation rows', allocationRows.toLocaleString('vi-VN'));

  // 2. Dashboard and funding-gap queries: through the service layer (dispatcher, validation) vs the SQL alone.
  for (const [label, viaService, direct] of [
    ['overview summary', () => host.call('overview.getSummary', {}), () => getOverviewSummary(sqlite)],
    ['funding gap (totals by year and source)', () => host.call('capital.fundingGap', { withProjects: false }), () => gapByYearAndSource(fundingGaps(sqlite))],
  ] as const) {
    const service = summarise(await time(size.runs, viaService));
    const limit = summarise(await time(size.runs, direct));
    report(`${label}: service p50 / direct p50 (ratio)`, `${ms(service.p50)} / ${ms(limit.p50)} (${(service.p50 / limit.p50).toFixed(2)}×)`);
  }

  // 3. Pasting 1,000 cells (250 institutions × 4 counts) as one change, and its undo.
  const ids = (sqlite.prepare("SELECT id FROM institutions WHERE status = 'active' ORDER BY id LIMIT 250").all() as { id: number }[]).map((r) => r.id);
  const edits = (offset: number) => ids.flatMap((id, i) => ['teachers', 'managers', 'learners', 'foundedYear'].map((field, j) => ({ id, field, value: field === 'foundedYear' ? 1990 + ((i + offset) % 30) : 10 + i + j + offset })));
  const paste = summarise(await time(Math.min(size.runs, 7), async () => host.call('institutions.applyEdits', { edits: edits(Math.floor(Math.random() * 1000)) })));
  report(`paste ${edits(0).length} cells, service layer (p50 / p95)`, `${ms(paste.p50)} / ${ms(paste.p95)}`);

  // 4. Importing a workbook, and LibreOffice converting the same workbook to CSV for scale.
  const workbook = join(temp.dir, 'danh-sach.xlsx');
  await writeInstitutionWorkbook(workbook, size.importRows);
  start = performance.now();
  host.platform.openAnswers.push(workbook);
  const { opened } = await host.call('institutions.importOpen', {});
  const sheet = opened!.sheets.find((s) => s.name === opened!.defaultSheet)!;
  const layout = sheet.layout!;
  const preview = { token: opened!.token, sheet: sheet.name, headerRow: layout.headerRow, headerRows: layout.headerRows, mapping: layout.mapping };
  await host.call('institutions.importPreview', preview);
  const applied = await host.call('institutions.importApply', preview);
  const importMs = performance.now() - start;
  report(`import ${size.importRows}-row workbook (open, preview, apply)`, `${ms(importMs)} (${JSON.stringify(applied).slice(0, 60)}…)`);
  await compareWithLibreOffice({ host, workbook, importMs, runs: short ? 3 : 5, dir: temp.dir, report });

  // 5. Grid page fetch and one cell edit through the Chromium host's bridge (what the page itself waits for).
  if (existsSync('/usr/bin/chromium') && existsSync(join(import.meta.dirname, '../../out/renderer/index.html'))) {
    host.close();
    const ui = await launchChromiumHost({ dataDirectory: join(temp.dir, 'ui'), file });
    try {
      await ui.page.waitForFunction('window.api !== undefined');
      const timings = (await ui.page.evaluate(`(async () => {
        const page = [], edit = [];
        for (let i = 0; i < ${size.runs * 2}; i++) {
          let t = performance.now();
          await window.api.invoke('institutions.list', { offset: (i * 100) % ${size.institutions}, limit: 100, sort: { field: 'name', direction: 'asc' } });
          page.push(performance.now() - t);
          t = performance.now();
          await window.api.invoke('institutions.applyEdits', { edits: [{ id: ${ids[0]}, field: 'teachers', value: 40 + i }] });
          edit.push(performance.now() - t);
        }
        return { page, edit };
      })()`)) as { page: number[]; edit: number[] };
      const page = summarise(timings.page);
      const edit = summarise(timings.edit);
      report('Chromium host: grid page of 100 sorted by name (p50 / p95)', `${ms(page.p50)} / ${ms(page.p95)}`);
      report('Chromium host: one cell edit round trip (p50 / p95)', `${ms(edit.p50)} / ${ms(edit.p95)}`);
    } finally {
      await ui.close();
    }
  } else {
    report('Chromium host figures', 'skipped (no /usr/bin/chromium or no built renderer: npm run build:renderer)');
  }
  await benchDashboard({ file, dir: temp.dir, runs: short ? 2 : 5, report });
  await benchConsolidation({ dir: temp.dir, short, report });
  await benchSubmissionExport({ dir: temp.dir, short, report });
  report('peak memory of the service host (RSS)', `${(peakMemory() / 2 ** 20).toFixed(0)} MiB`);
} finally {
  host.close();
  temp.cleanup();
}
