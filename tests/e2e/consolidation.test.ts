import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataPackage } from '../../electron/services/data-package';
import { type FixtureOptions, fixtureSnapshot, rezip } from '../integration/data-package-fixture';
import { type E2eSession, startE2e } from '../support/e2e';

// The ministry's page in the Chromium host: three provinces' 2024 packages opened at once, one of them tampered with
// after export. The tampered one is shown rejected with its reason; the two others are imported, Hà Giang's under
// Tuyên Quang (merged in 2025); the roll-up shows their sums; the summary workbook is written; what landed in the
// SQLite file is checked beside the app.

const BILLION = 1_000_000_000;
const createdAt = '2025-02-05T09:30:00.000+07:00';
const provinces: FixtureOptions[] = [
  {
    province: 'Tuyên Quang',
    year: 2024,
    institutions: { CD: 1, TC: 1 },
    targets: [{ code: 'a1', numerator: 30, denominator: 60 }],
    projects: [{ code: 'TQ-01', plannedThisYearDong: 2 * BILLION, disbursedThisYearDong: 1.5 * BILLION, fundingGapDong: 0 }],
    allocations: [{ projectCode: 'TQ-01', year: 2024, sourceCode: 'NSTW', plannedDong: 2 * BILLION, disbursedDong: 1.5 * BILLION }],
  },
  {
    province: 'Tỉnh Hà Giang',
    year: 2024,
    institutions: { TTGDNN: 3 },
    targets: [{ code: 'a1', numerator: 45, denominator: 90 }],
    projects: [{ code: 'HG-01', plannedThisYearDong: 1 * BILLION, disbursedThisYearDong: 0.2 * BILLION, fundingGapDong: 0 }],
    allocations: [{ projectCode: 'HG-01', year: 2024, sourceCode: 'NSDP', plannedDong: 1 * BILLION, disbursedDong: 0.2 * BILLION }],
  },
  { province: 'Hà Tĩnh', year: 2024, institutions: { CD: 2 }, targets: [{ code: 'a1', numerator: 20, denominator: 25 }] },
];

describe('consolidation page in the Chromium host', () => {
  let session: E2eSession;
  let file: string;

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The page scrolls inside the shell: a tall window shows all of it in one picture (for people, not asserted). */
  async function shoot(path: string) {
    const { page } = session.host;
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1440, height: 2600 });
    await page.screenshot({ path });
    if (size) await page.setViewportSize(size);
  }

  it('rejects the tampered package with its reason, imports the others and shows the roll-up', async () => {
    const { page } = session.host;
    const paths = provinces.map((options, i) => {
      let bytes = buildDataPackage({ snapshot: fixtureSnapshot(options), documents: [], createdAt, appVersion: 'e2e' }).bytes;
      if (i === 2) {
        bytes = rezip(bytes, (entries) => {
          const data = Buffer.from(entries.get('data/submission.json')!);
          const at = data.indexOf('"numerator": 20') + '"numerator": '.length;
          data[at] = 0x39;
          entries.set('data/submission.json', data);
        });
      }
      const path = join(session.dir, `goi-${i + 1}.zip`);
      writeFileSync(path, bytes);
      return path;
    });

    await session.host.goto('/consolidation');
    await page.getByTestId('page-consolidation').waitFor();
    session.host.platform.multiOpenAnswers.push(paths);
    await page.getByTestId('consolidation-choose').click();
    const checks = page.getByTestId('consolidation-checks');
    await checks.getByText('goi-3.zip', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('consolidation-summary').textContent()).toBe('2 gói hợp lệ, 1 gói bị từ chối');
    const tampered = checks.locator('.ag-row', { hasText: 'goi-3.zip' });
    await expect.poll(() => tampered.textContent()).toContain('Nội dung bị thay đổi (mã băm không khớp)');
    expect(await tampered.textContent()).toContain('data/submission.json');
    expect(await checks.locator('.ag-row', { hasText: 'goi-2.zip' }).textContent()).toContain('Tuyên Quang');
    // Verified, not yet imported: the file holds nothing.
    expect(session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM consolidation_packages')[0]!.n).toBe(0);
    await shoot('/tmp/h5-consolidation-checks.png');

    await page.getByTestId('consolidation-import').click();
    await page.getByTestId('consolidation-imported').waitFor();
    const rows = session.query<{ province_name: string; rolls_up_to: string; year: number }>(
      file,
      'SELECT province_name, rolls_up_to, year FROM consolidation_packages ORDER BY id',
    );
    expect(rows).toEqual([
      { province_name: 'Tuyên Quang', rolls_up_to: 'Tuyên Quang', year: 2024 },
      { province_name: 'Tỉnh Hà Giang', rolls_up_to: 'Tuyên Quang', year: 2024 },
    ]);
    const change = session.query<{ label: string }>(file, "SELECT label FROM change_sets WHERE action = 'consolidation.importPackages'");
    expect(change).toEqual([{ label: 'Nhập 2 gói dữ liệu: Tuyên Quang 2024, Tỉnh Hà Giang 2024' }]);

    // The roll-up: Tuyên Quang sums both packages (2 + 3 institutions; 2.000 + 1.000 triệu đồng planned).
    const grid = page.getByTestId('rollup-province-grid');
    const tq = grid.locator('.ag-row', { hasText: 'Tỉnh Hà Giang; Tuyên Quang' });
    await tq.waitFor();
    // Institutions, assessed, approved, projects, planned, disbursed, rate, as the row prints them.
    await expect.poll(() => tq.textContent()).toBe('Tuyên QuangTỉnh Hà Giang; Tuyên Quang55323.0001.70056,7%0');
    await expect.poll(() => page.getByTestId('rollup-summary').textContent()).toBe('2 gói dữ liệu; 33 tỉnh, thành phố chưa gửi');
    await page.getByTestId('rollup-capital-chart').locator('svg').waitFor();
    await shoot('/tmp/h5-consolidation-rollup.png');

    await page.getByRole('tab', { name: 'Theo chỉ tiêu' }).click();
    const a1 = page.getByTestId('rollup-target-grid').locator('.ag-row', { hasText: 'a1' });
    // (30 + 45) / (60 + 90) = 50 %.
    await expect.poll(() => a1.textContent()).toContain('50%');
    await page.getByTestId('rollup-targets-chart').locator('svg').waitFor();
    await shoot('/tmp/h5-consolidation-targets.png');
    await page.getByRole('tab', { name: 'Vốn và cơ sở' }).click();
    await page.getByTestId('rollup-types-chart').locator('svg').waitFor();
    await shoot('/tmp/h5-consolidation-capital.png');

    const target = join(session.dir, 'tong-hop.xlsx');
    session.host.platform.saveAnswers.push(target);
    await page.getByTestId('rollup-export').click();
    await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
