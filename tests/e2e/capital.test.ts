import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMillions } from '../../electron/api/text/format';
import { clickBar } from '../support/chart-clicks';
import { type E2eSession, startE2e } from '../support/e2e';
import { columnTexts, gridCell } from '../support/grid-cells';

// The capital plan in the Chromium host on the sample province: type and paste allocations into the matrix, see
// the totals and the funding gap follow, undo; freeze a version, change a figure, compare; click a chart bar and
// land in the filtered grid. Every step is checked in the SQLite file itself.

const M = 1_000_000;
const CLI = fileURLToPath(new URL('../../electron/cli/main.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const cell = (page: Page, row: number, field: string) => gridCell(page, row, field, 'capital-matrix');
const pinned = (page: Page, field: string) => page.locator(`[data-testid="capital-matrix"] .ag-row-pinned [col-id="${field}"]`);

/** What Excel puts on the clipboard, delivered as the browser delivers a paste (a string expression: no DOM types here). */
async function pasteText(page: Page, text: string) {
  await page.evaluate(
    `(() => { const data = new DataTransfer(); data.setData('text/plain', ${JSON.stringify(text)});
      (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); })()`,
  );
}

describe('capital plan in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  const planned = (code: string, source: string, year: number) =>
    session.query<{ planned_dong: number }>(
      file,
      `SELECT a.planned_dong FROM allocations a JOIN projects p ON p.id = a.project_id JOIN capital_sources s ON s.id = a.source_id
       WHERE p.code = ? AND s.code = ? AND a.year = ?`,
      code,
      source,
      year,
    )[0]?.planned_dong ?? null;
  const changeSets = () => session.query<{ n: number }>(file, "SELECT count(*) AS n FROM change_sets WHERE kind = 'do'")[0]!.n;
  const lastLabel = () => session.query<{ label: string }>(file, "SELECT label FROM change_sets WHERE kind = 'do' ORDER BY id DESC LIMIT 1")[0]!.label;
  const call = <T,>(method: string, input: unknown) => session.call<T>(method, input);
  const gapTotal = async () => (await call<{ totalDong: number }>('capital.fundingGap', {})).totalDong;
  const search = async (page: Page, text: string, rows: number) => {
    await page.getByTestId('capital-matrix-search').locator('input').fill(text);
    await expect.poll(() => page.locator('[data-testid="capital-matrix"] .ag-row:not(.ag-row-pinned) [col-id="projectCode"]').count(), { timeout: 10_000 }).toBe(rows);
  };
  const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name }).click();

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
    const { page } = session.host;
    await session.host.goto('/capital');
    await page.getByTestId('capital-period').getByText('2026–2030').click();
    await cell(page, 0, 'projectCode').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('types an amount: the row, the pinned totals and the funding gap follow; Ctrl+Z puts it back', async () => {
    const { page } = session.host;
    // DA-CDS-15: NSĐP only, 2026–2028, planned short of its total (a funding gap the sample leaves open).
    await search(page, 'DA-CDS-15', 1);
    const before = planned('DA-CDS-15', 'NSDP', 2028)!;
    const gapBefore = await gapTotal();
    await expect(page.getByTestId('capital-gap-total').textContent()).resolves.toContain(formatMillions(gapBefore));

    await cell(page, 0, 'y2028').click();
    await page.keyboard.type(String(before / M + 1_000));
    await page.keyboard.press('Enter');
    await expect.poll(() => planned('DA-CDS-15', 'NSDP', 2028)).toBe(before + 1_000 * M);
    expect(lastLabel()).toBe('Kế hoạch vốn năm 2028: sửa kế hoạch vốn giao DA-CDS-15 (NSDP)');
    // The pinned row sums the filtered view (this one row); the gap shrinks by the same 1.000 triệu.
    await expect.poll(() => pinned(page, 'y2028').textContent()).toBe(formatMillions(before + 1_000 * M));
    expect(await gapTotal()).toBe(gapBefore - 1_000 * M);
    await expect.poll(() => page.getByTestId('capital-gap-total').textContent()).toContain(formatMillions(gapBefore - 1_000 * M));

    await cell(page, 0, 'projectName').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => planned('DA-CDS-15', 'NSDP', 2028)).toBe(before);
    await expect.poll(() => page.getByTestId('capital-gap-total').textContent()).toContain(formatMillions(gapBefore));
  });

  it('pastes a block of amounts copied from a spreadsheet: valid cells land in one change, a negative one is refused', async () => {
    const { page } = session.host;
    // DA-CDS-08 ends in 2027: nothing is planned for 2028–2029 on either of its rows (NSTW, NSĐP).
    await search(page, 'DA-CDS-08', 2);
    expect([planned('DA-CDS-08', 'NSTW', 2028), planned('DA-CDS-08', 'NSDP', 2029)]).toEqual([null, null]);
    const sets = changeSets();
    await cell(page, 0, 'y2028').click();
    await pasteText(page, '1.000\t2.000,5\r\n3.000\t-5\r\n');

    await expect.poll(() => changeSets(), { timeout: 10_000 }).toBe(sets + 1);
    expect([planned('DA-CDS-08', 'NSTW', 2028), planned('DA-CDS-08', 'NSTW', 2029), planned('DA-CDS-08', 'NSDP', 2028), planned('DA-CDS-08', 'NSDP', 2029)]).toEqual([
      1_000 * M,
      2_000_500_000,
      3_000 * M,
      null,
    ]);
    expect(lastLabel()).toBe('Dán 3 ô vào kế hoạch vốn năm');
    await expect.poll(() => page.getByTestId('capital-matrix-problem').count()).toBe(1);
    expect(await page.getByTestId('capital-matrix-problems').textContent()).toContain('Giá trị phải từ 0 trở lên');
    // Totals of the view: 2028 = 1.000 + 3.000; the year 2028 is outside the project's years: warned on the cell.
    await expect.poll(() => pinned(page, 'y2028').textContent()).toBe('4.000');
    await expect.poll(() => cell(page, 0, 'y2028').getAttribute('class')).toContain('eg-warning');

    await cell(page, 0, 'projectName').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => [planned('DA-CDS-08', 'NSTW', 2028), planned('DA-CDS-08', 'NSTW', 2029), planned('DA-CDS-08', 'NSDP', 2028)]).toEqual([null, null, null]);
    await expect.poll(() => pinned(page, 'y2028').textContent()).toBe('0');
  });

  it('freezes a version, changes a figure, and compares the two with the difference highlighted', async () => {
    const { page } = session.host;
    await tab(page, /Phiên bản kế hoạch/);
    await page.getByTestId('capital-freeze-name').fill('Dự kiến trình HĐND (E2E)');
    await page.getByTestId('capital-freeze').click();
    await expect.poll(() => session.query<{ name: string }>(file, 'SELECT name FROM plan_versions').map((v) => v.name)).toEqual(['Dự kiến trình HĐND (E2E)']);

    await tab(page, /Kế hoạch vốn năm/);
    await search(page, 'DA-CDS-15', 1);
    const before = planned('DA-CDS-15', 'NSDP', 2028)!;
    await cell(page, 0, 'y2028').click();
    await page.keyboard.type(String(before / M + 500));
    await page.keyboard.press('Enter');
    await expect.poll(() => planned('DA-CDS-15', 'NSDP', 2028)).toBe(before + 500 * M);

    await tab(page, /Phiên bản kế hoạch/);
    const projects = page.getByTestId('capital-compare-projects');
    await projects.waitFor();
    const rows = projects.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const text = await rows.first().textContent();
    expect(text).toContain('DA-CDS-15');
    expect(text).toContain('+500');
    expect(text).toContain(`2028: ${formatMillions(before)} → ${formatMillions(before + 500 * M)}`);
    await expect(rows.first().getAttribute('style')).resolves.toContain('background');
    await expect(page.getByTestId('capital-compare-sources').textContent()).resolves.toContain('+500');
  });

  it('clicking a bar of the funding-gap chart opens the grid on the projects short that year', async () => {
    const { page } = session.host;
    await tab(page, /Biểu đồ/);
    // The bar above the "2027" axis label, in the gap series' colour (the chart sits below the fold at 1440 × 900).
    await clickBar(page, 'capital-chart-gap', '2027', ['#d0604d']);

    await expect.poll(() => page.getByTestId('capital-drill-gapYear').textContent({ timeout: 2_000 }).catch(() => null), { timeout: 10_000 }).toContain('Có thiếu vốn năm 2027');
    await page.getByTestId('capital-matrix-search').locator('input').fill('');
    const expected = await call<{ rows: { projectCode: string; sourceCode: string }[] }>('capital.matrix', {
      offset: 0,
      limit: 100,
      measure: 'allocated',
      fromYear: 2026,
      toYear: 2030,
      filters: { gapYear: [2027] },
    });
    expect(expected.rows.length).toBeGreaterThan(0);
    await expect
      .poll(() => columnTexts(page, 'projectCode', 'capital-matrix'), { timeout: 10_000 })
      .toEqual(expected.rows.map((r) => r.projectCode));
    // Opened on the allocated figures, which every check counts.
    await expect(page.getByTestId('capital-measure').locator('.ant-segmented-item-selected').textContent()).resolves.toBe('Vốn giao (sau điều chỉnh)');
  });

  it('exports the year’s investment-plan table through the page', async () => {
    const { page } = session.host;
    const target = join(session.dir, 'ke-hoach-2026.xlsx');
    session.host.platform.saveAnswers.push(target);
    await page.getByTestId('capital-export').click();
    await expect.poll(() => existsSync(target), { timeout: 10_000 }).toBe(true);
    expect(session.errors()).toEqual([]);
  });

  it('measures the funding gap and the matrix load on 1,000 projects and ~100,000 allocation rows (printed, not asserted)', async () => {
    const big = join(session.dir, 'tong-hop.sqlite');
    // Twenty years (2016–2035) of five or six sources for 1,000 projects: ~97,000 allocation rows.
    const made = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, 'generate', big, '--institutions', '200', '--projects', '1000', '--from', '2016', '--to', '2035'], {
      encoding: 'utf8',
      env: { ...process.env, GDNN_DATA_DIR: join(session.dir, 'cli-data') },
    });
    expect(made.status, made.stderr).toBe(0);
    const host = await session.restart({ file: big });
    const allocations = session.query<{ n: number }>(big, 'SELECT count(*) AS n FROM allocations')[0]!.n;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const gap = await host.services.dispatch('capital.fundingGap', {});
      times.push(performance.now() - started);
      expect(gap.ok).toBe(true);
    }
    const checksStarted = performance.now();
    await host.services.dispatch('capital.checks', { year: 2026, asOf: '2026-05-20' });
    const checksMs = performance.now() - checksStarted;

    const { page } = host;
    await host.goto('/overview');
    await page.getByTestId('page-overview').waitFor();
    await page.waitForTimeout(2000);
    const started = performance.now();
    await page.locator('[role="navigation"]').getByText('Kế hoạch vốn').click();
    await cell(page, 0, 'y2026').waitFor();
    await expect.poll(() => pinned(page, 'y2026').textContent(), { timeout: 30_000, interval: 50 }).not.toBe('');
    const loadMs = performance.now() - started;
    console.info(`[measure] capital page → matrix rows and totals drawn: ${loadMs.toFixed(0)} ms`);
    // Two clicks on the header: descending by 2027, the largest allocation first.
    const top = await call<{ rows: { id: number }[] }>('capital.matrix', {
      offset: 0,
      limit: 1,
      measure: 'planned',
      fromYear: 2026,
      toYear: 2030,
      sort: { field: 'y2027', direction: 'desc' },
    });
    const sortStarted = performance.now();
    const header = page.locator('[data-testid="capital-matrix"] .ag-header-cell[col-id="y2027"] .ag-header-cell-label');
    await header.click();
    await header.click();
    await expect.poll(() => page.locator('[data-testid="capital-matrix"] .ag-row[row-index="0"]:not(.ag-row-pinned)').getAttribute('row-id'), { timeout: 30_000, interval: 50 }).toBe(String(top.rows[0]!.id));
    const sortMs = performance.now() - sortStarted;
    console.info(
      `[measure] ${allocations} allocation rows, 1,000 projects: funding gap through the service layer ${times.map((t) => t.toFixed(0)).join(' / ')} ms; ` +
        `all checks ${checksMs.toFixed(0)} ms; capital page → matrix rows and totals drawn ${loadMs.toFixed(0)} ms; sort by 2027 ${sortMs.toFixed(0)} ms`,
    );
  }, 180_000);
});
