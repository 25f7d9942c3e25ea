import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../electron/api/schemas/dashboard';
import { formatNumber } from '../../electron/api/text/format';
import { clickBar } from '../support/chart-clicks';
import { type E2eSession, startE2e } from '../support/e2e';
import { columnTexts } from '../support/grid-cells';

// The overview dashboard in the Chromium host on the sample province: the tiles show the service's figures, a tile
// and a chart bar open the page behind them with the filter applied, a chart is saved as a PNG through the host's
// save dialog, and the trajectories tab flags a target projected to miss 2030.

const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

describe('overview dashboard in the Chromium host', () => {
  let session: E2eSession;
  let summary: DashboardSummary;
  const call = <T,>(method: string, input: unknown) => session.call<T>(method, input);
  const openDashboard = async () => {
    const { page } = session.host;
    await session.host.goto('/overview');
    await page.getByTestId('tile-attainment-value').waitFor();
    await page.getByTestId('dashboard-chart-gap').locator('svg').first().waitFor();
  };

  beforeAll(async () => {
    session = await startE2e();
    await session.openSample();
    summary = await call<DashboardSummary>('dashboard.getSummary', {});
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the tiles with the service’s figures and all four charts', async () => {
    const { page } = session.host;
    await openDashboard();
    expect(summary.year).toBe(2026);
    const a = summary.attainment;
    await expect(page.getByTestId('tile-attainment-value').textContent()).resolves.toBe(`${a.met}/${a.withTarget}`);
    await expect(page.getByTestId('tile-outlook-value').textContent()).resolves.toBe(`${a.onTrack2030}/${a.with2030}`);
    await expect(page.getByTestId('tile-completeness-value').textContent()).resolves.toBe(`${summary.completeness.reported}/${summary.completeness.institutions}`);
    await expect(page.getByTestId('tile-milestones-value').textContent()).resolves.toBe(formatNumber(summary.milestones.atRisk, 0));
    await expect(page.getByTestId('tile-disbursement-value').textContent()).resolves.toBe(`${formatNumber(summary.disbursement.percent, 1)}%`);
    for (const chart of ['attainment', 'readiness', 'capital', 'gap']) await page.getByTestId(`dashboard-chart-${chart}`).locator('svg').first().waitFor();
    // Vietnamese number formats on the axes: thousands with a dot.
    await expect(page.getByTestId('dashboard-chart-capital').locator('svg text').allTextContents()).resolves.toContain('10.000');
    await expect(page.getByTestId('readiness-definition').textContent()).resolves.toContain('trung bình các tỷ lệ');
  });

  it('a tile opens the page behind it with the filter applied', async () => {
    const { page } = session.host;
    await page.getByTestId('tile-completeness').click();
    await page.getByTestId('completeness').waitFor();
    expect(hash(page)).toBe('#/targets?tab=completeness&year=2026');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Mức độ đầy đủ');
    await expect(page.getByTestId('assessment-year').textContent()).resolves.toContain('2026');

    await openDashboard();
    await page.getByTestId('tile-capital').click();
    await page.getByTestId('capital-matrix').waitFor();
    // One drill tag per year with a gap, on the allocated figures the gap is measured on.
    await expect.poll(() => page.getByTestId('capital-drill-gapYear').count(), { timeout: 10_000 }).toBe(summary.capital.gapYears.length);
    await expect(page.getByTestId('capital-measure').locator('.ant-segmented-item-selected').textContent()).resolves.toBe('Vốn giao (sau điều chỉnh)');
    const expected = await call<{ rows: { projectCode: string }[] }>('capital.matrix', {
      offset: 0,
      limit: 100,
      measure: 'allocated',
      fromYear: 2026,
      toYear: 2030,
      filters: { gapYear: summary.capital.gapYears },
    });
    expect(expected.rows.length).toBeGreaterThan(0);
    await expect
      .poll(() => columnTexts(page, 'projectCode', 'capital-matrix'), { timeout: 15_000 })
      .toEqual(expected.rows.map((r) => r.projectCode));
  });

  it('the milestones tile opens the roadmap on the milestones at risk', async () => {
    const { page } = session.host;
    await openDashboard();
    await page.getByTestId('tile-milestones').click();
    await page.getByTestId('roadmap-status-filter').waitFor({ timeout: 15_000 });
    expect(hash(page)).toBe('#/roadmap?status=at_risk');
    await expect(page.getByTestId('roadmap-status-filter').locator('.ant-segmented-item-selected').textContent()).resolves.toContain('Có nguy cơ chậm');
    await expect.poll(() => page.locator('[data-testid="roadmap-grid"] .ag-row:not(.ag-row-pinned)').count(), { timeout: 15_000 }).toBe(summary.milestones.atRisk);
  });

  it('a readiness bar opens the institutions of that band', async () => {
    const { page } = session.host;
    await openDashboard();
    const band = summary.charts.readiness.bands.find((b) => b.band === 'developing')!;
    expect(band.count).toBeGreaterThan(0);
    await clickBar(page, 'dashboard-chart-readiness', '25 – dưới 50%', ['#e3a33b']);
    await expect.poll(() => page.getByTestId('institutions-drill-readiness').textContent({ timeout: 2_000 }).catch(() => null), { timeout: 15_000 }).toBe(
      'Mức sẵn sàng năm 2026: 25 – dưới 50%',
    );
    const listed = await call<{ rows: { code: string }[] }>('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: 'developing', limit: 500 });
    expect(listed.rows).toHaveLength(band.count);
    await expect
      .poll(() => columnTexts(page, 'code', 'institutions-grid'), { timeout: 15_000 })
      .toEqual(listed.rows.map((r) => r.code));
    // Closing the tag shows the whole register again.
    await page.getByTestId('institutions-drill-readiness').locator('.ant-tag-close-icon').click();
    await expect.poll(() => page.locator('[data-testid="institutions-grid"] .ag-row:not(.ag-row-pinned)').count(), { timeout: 15_000 }).toBeGreaterThan(band.count);
  });

  it('a capital bar opens the matrix filtered by its source, on its year’s period', async () => {
    const { page } = session.host;
    await openDashboard();
    // NSTW is the first source: the first palette colour, the foot of each stacked bar.
    await clickBar(page, 'dashboard-chart-capital', '2027', ['#1f5fa8']);
    await page.getByTestId('capital-matrix').waitFor();
    expect(hash(page)).toBe('#/capital?tab=annual&measure=allocated&year=2027&source=NSTW');
    await expect(page.getByTestId('capital-filter-source').textContent()).resolves.toContain('NSTW');
    await expect(page.getByTestId('capital-period').locator('.ant-segmented-item-selected').textContent()).resolves.toBe('2026–2030');
    const expected = await call<{ rows: { projectCode: string; sourceCode: string }[] }>('capital.matrix', {
      offset: 0,
      limit: 100,
      measure: 'allocated',
      fromYear: 2026,
      toYear: 2030,
      filters: { sourceCode: ['NSTW'] },
    });
    expect(new Set(expected.rows.map((r) => r.sourceCode))).toEqual(new Set(['NSTW']));
    await expect
      .poll(() => columnTexts(page, 'projectCode', 'capital-matrix'), { timeout: 15_000 })
      .toEqual(expected.rows.map((r) => r.projectCode));
  });

  it('an attainment bar opens the attainment tab on that target', async () => {
    const { page } = session.host;
    await openDashboard();
    const b1 = summary.charts.attainmentByTarget.find((b) => b.code === 'b1')!;
    await clickBar(page, 'dashboard-chart-attainment', 'b1', ['#52a36b', '#e3a33b', '#1f5fa8']);
    await page.getByTestId('attainment-grid').waitFor();
    expect(hash(page)).toBe(`#/targets?tab=attainment&year=2026&target=${b1.targetId}`);
    await expect.poll(() => page.getByTestId('attainment-chart-target').textContent(), { timeout: 15_000 }).toMatch(/^b1 — /);
  });

  it('saves a chart as a PNG where the save dialog says', async () => {
    const { page } = session.host;
    await openDashboard();
    const target = join(session.dir, 'thieu-von.png');
    session.host.platform.saveAnswers.push(target);
    await page.getByTestId('dashboard-chart-gap-save').click();
    await page.getByTestId('dashboard-chart-gap-save-png').click();
    await expect.poll(() => existsSync(target), { timeout: 15_000 }).toBe(true);
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    // Drawn at twice the chart's size on screen, with the title above it.
    const box = (await page.getByTestId('dashboard-chart-gap').boundingBox())!;
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(Math.round(box.height) * 2);
  });

  it('the trajectories tab flags a target projected to miss 2030', async () => {
    const { page } = session.host;
    await session.host.goto('/targets?tab=trajectories');
    await page.getByTestId('trajectory-chart').locator('svg').first().waitFor({ timeout: 15_000 });
    const data = await call<{ targets: { code: string; flag: { misses: boolean } | null; projection: { value: number | null } }[] }>('dashboard.targetTrajectories', {});
    const missing = data.targets.filter((x) => x.flag?.misses);
    expect(missing.map((x) => x.code)).toEqual(['b2']);
    // The first flagged target leads, in plain words.
    await expect(page.getByTestId('trajectory-flag').textContent()).resolves.toBe(
      `Dự báo 2030: ${formatNumber(missing[0]!.projection.value, 1)}% — không đạt chỉ tiêu quốc gia 100%Dự báo theo các năm 2024, 2025, 2026: +10,4 điểm % mỗi năm.`,
    );
    await page.getByTestId('trajectory-flag-a1_tinh').click();
    await expect.poll(() => page.getByTestId('trajectory-target').textContent()).toMatch(/^a1_tinh — /);
    await expect(page.getByTestId('trajectory-chart').locator('svg text').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Chỉ tiêu quốc gia', 'Chỉ tiêu của tỉnh', 'Tỉnh đã đạt', 'Dự báo theo xu hướng']),
    );
    await page.screenshot({ path: join(session.dir, 'trajectory.png') });
    expect(session.errors()).toEqual([]);
  });
});
