import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../electron/api/schemas/roadmap';
import { layoutTimeline } from '../../renderer/features/roadmap/timeline-rows';
import { hoverThenClick, settledBox } from '../support/chart-clicks';
import { type E2eSession, startE2e } from '../support/e2e';

// The roadmap in the Chromium host on the sample province: open the milestones filtered by derived status from the
// URL (the dashboard's link), roll a milestone over with a reason through its drawer, and click a project bar on the
// timeline. Every step is checked in the SQLite file itself.

const TITLE = 'Hoàn thành nâng cấp hạ tầng 10 trung tâm GDNN-GDTX';
const REASON = 'Nhà thầu thi công chậm; bố trí vốn năm 2027 để hoàn thành';

describe('roadmap in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  const call = <T,>(method: string, input: unknown) => session.call<T>(method, input);
  const titleCells = (page: Page) => page.locator('[data-testid="roadmap-grid"] .ag-row:not(.ag-row-pinned) [col-id="title"]');
  const rows = (page: Page) => titleCells(page);

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the milestones filtered by derived status from ?status=at_risk', async () => {
    const { page } = session.host;
    const all = await call<{ rows: { id: number; title: string; derivedStatus: string | null }[] }>('roadmap.milestonePage', { offset: 0, limit: 100 });
    const atRisk = all.rows.filter((r) => r.derivedStatus === 'at_risk');
    expect(atRisk.length).toBeGreaterThan(0);
    await session.host.goto('/roadmap?status=at_risk');
    await page.getByTestId('page-roadmap').waitFor();
    await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(atRisk.length);
    const titles = await titleCells(page).allInnerTexts();
    expect(titles.sort()).toEqual(atRisk.map((r) => r.title).sort());
    // The filter shows which status is chosen.
    await expect.poll(() => page.getByTestId('roadmap-status-filter').locator('.ant-segmented-item-selected').innerText()).toMatch(/^Có nguy cơ chậm \(\d+\)$/);
  });

  it('rolls a milestone over with a reason through its drawer', async () => {
    const { page } = session.host;
    const id = session.query<{ id: number }>(file, 'SELECT id FROM milestones WHERE title = ?', TITLE)[0]!.id;
    expect(session.query(file, 'SELECT year, quarter FROM milestones WHERE id = ?', id)).toEqual([{ year: 2026, quarter: 4 }]);
    await session.host.goto('/roadmap');
    await page.getByTestId('roadmap-grid-search').locator('input').fill('nâng cấp hạ tầng');
    await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(1);
    await page.locator('[data-testid="roadmap-grid"] .eg-row-open').first().click();
    const drawer = page.getByTestId('milestone-detail');
    await drawer.getByText(TITLE).first().waitFor();
    await expect.poll(() => drawer.getByTestId('milestone-when').innerText()).toBe('Quý 4/2026');
    // Without a reason the form refuses and nothing is written.
    await drawer.getByTestId('rollover-submit').click();
    await drawer.getByText('Cần ghi lý do lùi mốc').waitFor();
    expect(session.query(file, 'SELECT count(*) AS n FROM milestone_rollovers WHERE milestone_id = ?', id)).toEqual([{ n: 0 }]);
    // Next year by default, same quarter; change the quarter to 2.
    await expect.poll(() => drawer.getByTestId('rollover-year').inputValue()).toBe('2027');
    await drawer.getByTestId('rollover-quarter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Quý 2' }).click();
    await drawer.getByTestId('rollover-reason').fill(REASON);
    await drawer.getByTestId('rollover-submit').click();
    await page.getByText('Đã lùi mốc sang Quý 2/2027.').waitFor();
    await expect.poll(() => drawer.getByTestId('milestone-when').innerText(), { timeout: 10_000 }).toBe('Quý 2/2027');
    await drawer.getByTestId('milestone-history').getByText(REASON).waitFor();

    expect(session.query(file, 'SELECT year, quarter FROM milestones WHERE id = ?', id)).toEqual([{ year: 2027, quarter: 2 }]);
    const history = session.query<{ from_year: number; from_quarter: number; to_year: number; to_quarter: number; reason: string; rolled_on: string }>(
      file,
      'SELECT from_year, from_quarter, to_year, to_quarter, reason, rolled_on FROM milestone_rollovers WHERE milestone_id = ?',
      id,
    );
    expect(history).toEqual([{ from_year: 2026, from_quarter: 4, to_year: 2027, to_quarter: 2, reason: REASON, rolled_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    const label = session.query<{ label: string }>(file, "SELECT label FROM change_sets WHERE kind = 'do' ORDER BY id DESC LIMIT 1")[0]!.label;
    expect(label).toBe(`Lùi mốc "${TITLE}" từ quý 4/2026 sang quý 2/2027`);
  });

  it('draws the timeline and opens a project from its bar', async () => {
    const { page } = session.host;
    await session.host.goto('/roadmap?tab=timeline');
    const chart = page.getByTestId('roadmap-timeline');
    await chart.locator('svg').waitFor();
    const data = await call<Timeline>('roadmap.timeline', { scope: 'all', limit: 200 });
    await expect.poll(() => page.getByTestId('timeline-count').innerText()).toBe(`Đang vẽ ${data.projects.length} / ${data.projects.length} dự án phù hợp (tệp có ${data.projects.length} dự án).`);
    // Row labels of the first rows are the milestone rows, then projects, as the layout says.
    const layout = layoutTimeline(data);
    const labels = await chart.locator('svg text').allTextContents();
    expect(labels).toContain('◆ Mốc chung');
    expect(labels).toContain('Hôm nay');
    // Set ROADMAP_SHOTS=<folder> to keep the picture (the screenshot tool also takes it for docs/screenshots).
    await page.screenshot({ path: join(process.env.ROADMAP_SHOTS ?? session.dir, 'roadmap-timeline.png') });
    // Click the middle of the first project's bar: the plot starts 290 px from the left and 36 px from the top, ends
    // 56 px from the right; each row in view is 22 px high.
    const row = layout.rows.findIndex((r) => r.kind === 'project');
    const target = (layout.rows[row] as Extract<(typeof layout.rows)[number], { kind: 'project' }>).project;
    const visible = Number(await page.locator('[data-visible-rows]').getAttribute('data-visible-rows'));
    expect(row).toBeLessThan(visible);
    // Positions are read again before each click: the page may have scrolled or reflowed in between.
    let box = await settledBox(page, chart);
    const plotWidth = box.width - 290 - 56;
    const span = layout.maxYear + 1 - layout.minYear;
    const x = 290 + (((target.startYear + target.endYear + 1) / 2 - layout.minYear) / span) * plotWidth;
    const y = 36 + (row + 0.5) * 22;
    expect(box.height).toBe(visible * 22 + 92);
    // A milestone marker opens the milestone in the register's drawer.
    const marker = layout.milestones.find((m) => m.row === 0)!;
    await hoverThenClick(page, chart, box.x + 290 + ((marker.x - layout.minYear) / span) * plotWidth, box.y + 36 + 11, marker.milestone.title);
    await page.getByTestId('milestone-detail').getByText(marker.milestone.title).first().waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`milestone=${marker.milestone.id}`);
    await session.host.goto('/roadmap?tab=timeline');
    await chart.locator('svg').waitFor();
    box = await settledBox(page, chart);
    await hoverThenClick(page, chart, box.x + x, box.y + y, target.code);
    await page.getByTestId('project-detail').getByText(`${target.code} — ${target.name}`).waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`/projects?project=${target.id}`);
    expect(session.errors()).toEqual([]);
  });
});
