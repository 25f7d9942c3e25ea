import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixLinks } from '../../electron/services/submission/preflight-links';
import { pathOf } from '../../renderer/features/submission/links';
import { type E2eSession, startE2e } from '../support/e2e';
import { columnTexts } from '../support/grid-cells';

// The pre-flight's "Sửa" links as the planner follows them on the sample province (2025, one centre's return taken
// back to draft, the signer's name emptied): each page opens on what needs fixing; one is fixed there and the check
// is gone on return. Then the year is approved and its assessment cells show locked (grey), not warned (amber).
// Set DEEP_LINK_SHOTS=<folder> to keep screenshots of the destinations.

describe('pre-flight links open the page on what needs fixing', () => {
  let session: E2eSession;
  let file: string;
  let late: { id: number; code: string };
  let unjudged: number;
  const shots = process.env.DEEP_LINK_SHOTS;
  const shot = async (name: string) => {
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await session.host.page.waitForTimeout(400);
    await session.host.page.screenshot({ path: join(shots, `${name}.png`) });
  };
  const fix = (path: string) => session.host.page.locator(`[data-testid="preflight-fix"][data-path="${path}"]`);
  const rows = (grid: string) => session.host.page.locator(`[data-testid="${grid}"] .ag-row:not(.ag-row-pinned)`);
  const cellTexts = (grid: string, colId: string) => columnTexts(session.host.page, colId, grid);
  const call = <T,>(method: string, input: unknown) => session.call<T>(method, input);
  const idOf = (table: 'institutions' | 'projects' | 'targets', code: string) => session.query<{ id: number }>(file, `SELECT id FROM ${table} WHERE code = ?`, code)[0]!.id;

  /** The submission's pre-flight of 2025, with one check opened. */
  const preflight = async (check: string) => {
    const { page } = session.host;
    await session.host.goto('/submission?year=2025&step=preflight');
    await page.getByTestId('preflight').waitFor();
    const header = page.getByTestId(`check-${check}`);
    await header.waitFor();
    // Blocking checks open by themselves; a warning opens on a click.
    if ((await header.getAttribute('data-severity')) === 'warning') await header.click();
  };

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
    const { page } = session.host;
    late = session.query<{ id: number; code: string }>(file, "SELECT i.id, i.code FROM institutions i JOIN assessments a ON a.institution_id = i.id WHERE a.year = 2025 AND i.code LIKE 'SL-TT%' ORDER BY i.code LIMIT 1")[0]!;
    await call('assessment.setState', { year: 2025, institutionIds: [late.id], state: 'draft', reason: 'Trung tâm xin sửa số liệu' });
    await call('profile.update', { patch: { signerName: '' } });
    // A 2025 milestone linked to nothing and never assessed: no status can be derived for it.
    const added = await call<{ insertedIds: number[] }>('roadmap.applyMilestoneEdits', { edits: [], newRows: [{ title: 'Số hóa hồ sơ tuyển sinh', year: 2025, quarter: 4 }] });
    unjudged = added.insertedIds[0]!;
    await session.host.goto('/submission?year=2025');
    await page.getByTestId('submission-open').click();
    await page.getByTestId('preflight').waitFor();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('Settings: the missing signer is focused and marked, and once saved the blocking check is gone', async () => {
    const { page } = session.host;
    await preflight('profile.missing');
    // One field missing: the check's own link and its item's are the same; the item's is the last.
    await fix('/settings?field=signerName').last().click();
    await page.getByTestId('page-settings').waitFor();
    await expect.poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null")).toBe('profile-signerName');
    const item = page.locator('.ant-form-item.profile-asked');
    await expect.poll(() => item.count()).toBe(1);
    await expect(item.locator('input').getAttribute('data-testid')).resolves.toBe('profile-signerName');
    await expect(item.textContent()).resolves.toContain('Báo cáo gửi Bộ cần thông tin này');
    await shot('settings-signer');

    await page.keyboard.type('Nguyễn Văn Minh');
    await page.getByTestId('save-profile').click();
    await expect.poll(() => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile WHERE id = 1')[0]!.signer_name).toBe('Nguyễn Văn Minh');
    await expect.poll(() => item.count()).toBe(0);

    // Back where the link was: the blocking check is gone, the warnings stay.
    await page.goBack();
    await page.getByTestId('preflight').waitFor();
    await expect.poll(() => page.getByTestId('check-assessments.notApproved').count()).toBe(1);
    await expect.poll(() => page.getByTestId('check-profile.missing').count()).toBe(0);
    await expect(page.getByTestId('preflight-summary').getAttribute('class')).resolves.toContain('ant-alert-warning');
  }, 120_000);

  it("Assessment: one centre's return opens the year's grid on that centre only", async () => {
    const { page } = session.host;
    await preflight('assessments.notApproved');
    const path = `/targets?tab=assessment&year=2025&institution=${late.id}`;
    expect(path).toBe(pathOf(fixLinks.assessment(2025, { institutionId: late.id })));
    await fix(path).click();
    await page.getByTestId('assessment-grid').waitFor();
    await expect.poll(() => page.getByTestId('assessment-only').textContent()).toBe(`Chỉ cơ sở ${late.code}`);
    await expect.poll(() => cellTexts('assessment-grid', 'code')).toEqual([late.code]);
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Đánh giá năm 2025');
    await shot('assessment-one-centre');
    // Closing the tag shows every institution of the year again.
    await page.getByTestId('assessment-only').locator('.ant-tag-close-icon').click();
    await expect.poll(() => rows('assessment-grid').count()).toBeGreaterThan(1);

    // "Open all": the returns not approved, which in the sample is that one centre.
    await preflight('assessments.notApproved');
    await fix('/targets?tab=assessment&year=2025&state=notApproved').click();
    await page.getByTestId('assessment-grid').waitFor();
    await expect.poll(() => page.getByTestId('assessment-state-filter').locator('.ant-segmented-item-selected').textContent()).toBe('Chưa phê duyệt');
    await expect.poll(() => cellTexts('assessment-grid', 'code')).toEqual([late.code]);
  }, 120_000);

  it("Targets: a target without a value for the year opens that target's editor", async () => {
    const { page } = session.host;
    await preflight('targets.noValue');
    const b2 = idOf('targets', 'b2');
    await fix(`/targets?tab=targets&year=2025&target=${b2}`).click();
    await page.getByTestId('target-editor').waitFor();
    await expect(page.locator('.ant-drawer-title').textContent()).resolves.toBe('Sửa chỉ tiêu b2');
    await expect.poll(() => page.getByTestId('target-needed-year').textContent()).toContain('Chưa có giá trị năm 2025');
    await shot('target-editor');
  }, 120_000);

  it('Capital: a project short of capital, and a source over its share, open the matrix on that project', async () => {
    const { page } = session.host;
    await preflight('projects.fundingGap');
    const gap = idOf('projects', 'DA-CDS-01');
    await fix(`/capital?tab=annual&year=2025&measure=allocated&project=${gap}&projectCode=DA-CDS-01`).click();
    await page.getByTestId('capital-matrix').waitFor();
    await expect.poll(() => page.getByTestId('capital-drill-projectId').textContent()).toBe('Dự án DA-CDS-01');
    await expect(page.getByTestId('capital-period').locator('.ant-segmented-item-selected').textContent()).resolves.toBe('2021–2025');
    await expect(page.getByTestId('capital-measure').locator('.ant-segmented-item-selected').textContent()).resolves.toBe('Vốn giao (sau điều chỉnh)');
    const sources = session.query<{ n: number }>(file, 'SELECT count(DISTINCT source_id) AS n FROM (SELECT source_id FROM allocations WHERE project_id = ? AND year BETWEEN 2021 AND 2025 UNION SELECT source_id FROM project_funding WHERE project_id = ?)', gap, gap)[0]!.n;
    await expect.poll(() => cellTexts('capital-matrix', 'projectCode')).toEqual(Array(sources).fill('DA-CDS-01'));
    // The gap column says by how much.
    await expect.poll(async () => (await cellTexts('capital-matrix', 'gapDong')).some((text) => text !== '' && text !== '0')).toBe(true);
    await shot('capital-gap-project');

    await preflight('totals.mismatch');
    const over = idOf('projects', 'DA-CDS-03');
    await fix(`/capital?tab=annual&year=2025&measure=allocated&project=${over}&projectCode=DA-CDS-03&source=NSDP`).click();
    await page.getByTestId('capital-matrix').waitFor();
    await expect.poll(() => cellTexts('capital-matrix', 'projectCode')).toEqual(['DA-CDS-03']);
    await expect(cellTexts('capital-matrix', 'sourceCode')).resolves.toEqual(['NSDP']);
    await expect.poll(() => page.locator('[data-testid="capital-matrix"] .ag-row:not(.ag-row-pinned) [col-id="total"]').getAttribute('class')).toContain('eg-warning');

    // "Open all" of the funding gap: the capital checks on that kind.
    await preflight('projects.fundingGap');
    await fix('/capital?tab=checks&year=2025&kind=fundingGap').click();
    await page.getByTestId('capital-checks').waitFor();
    await expect.poll(() => page.getByTestId('capital-checks-kind').locator('.ant-radio-button-wrapper-checked').textContent()).toMatch(/^Thiếu vốn/);
  }, 180_000);

  it('Roadmap: a milestone without status opens in its panel; all of them, in the register filtered to the year', async () => {
    const { page } = session.host;
    await preflight('milestones.noStatus');
    await fix(`/roadmap?milestone=${unjudged}`).click();
    await page.getByTestId('milestone-detail').waitFor();
    await expect.poll(() => page.getByTestId('milestone-detail').textContent()).toContain('Số hóa hồ sơ tuyển sinh');

    // Milestones without status due by 2025: the register filtered on both, the year as a closable tag.
    await preflight('milestones.noStatus');
    await fix('/roadmap?status=none&year=2025').click();
    await page.getByTestId('roadmap-grid').waitFor();
    await expect.poll(() => page.getByTestId('roadmap-up-to-year').textContent()).toBe('Mốc đến năm 2025');
    await expect(page.getByTestId('roadmap-status-filter').locator('.ant-segmented-item-selected').textContent()).resolves.toMatch(/^Chưa đánh giá/);
    const due = await call<{ rows: { year: number }[] }>('roadmap.milestonePage', { offset: 0, limit: 500, filters: { derivedStatus: ['none'], year: [2020, 2021, 2022, 2023, 2024, 2025] } });
    expect(due.rows.length).toBeGreaterThan(0);
    await expect.poll(() => rows('roadmap-grid').count()).toBe(due.rows.length);
    await expect.poll(() => cellTexts('roadmap-grid', 'title')).toContain('Số hóa hồ sơ tuyển sinh');
    for (const year of await cellTexts('roadmap-grid', 'year')) expect(Number(year)).toBeLessThanOrEqual(2025);
    await shot('roadmap-unjudged');
  }, 120_000);

  it('Attainment: a target whose figures do not add up opens with its row marked and charted', async () => {
    const { page } = session.host;
    // A target whose figures do not add up: its attainment row is marked.
    const a1 = idOf('targets', 'a1');
    await session.host.goto(pathOf(fixLinks.attainment(2025, a1)));
    await page.getByTestId('attainment-grid').waitFor();
    const marked = page.locator('[data-testid="attainment-grid"] .ag-row:has(.link-marked) [col-id="code"]');
    await expect.poll(() => marked.allTextContents()).toEqual(['a1']);
    await expect.poll(() => page.getByTestId('attainment-chart-target').textContent()).toMatch(/^a1 — /);
  }, 120_000);

  it("approved: the year's assessment cells are locked (grey, reason on hover), not warned", async () => {
    const { page } = session.host;
    const checks = await call<{ blocking: number; checks: { code: string }[] }>('submission.preflight', { year: 2025 });
    expect(checks.blocking).toBe(0);
    await call('submission.review', { year: 2025 });
    await call('submission.approve', { year: 2025, acknowledgedWarnings: checks.checks.map((c) => c.code) });

    await session.host.goto(pathOf(fixLinks.assessment(2025, { institutionId: late.id })));
    await page.getByTestId('assessment-grid').waitFor();
    await expect.poll(() => cellTexts('assessment-grid', 'code')).toEqual([late.code]);
    const cell = page.locator('[data-testid="assessment-grid"] .ag-row [col-id="teachers_total"]').first();
    await expect.poll(() => cell.getAttribute('class')).toContain('eg-locked');
    expect(await cell.getAttribute('class')).not.toContain('eg-warning');
    await expect(rows('assessment-grid').first().getAttribute('class')).resolves.toContain('eg-row-locked');
    await cell.hover();
    await expect.poll(() => page.locator('.ag-tooltip').textContent({ timeout: 2_000 }).catch(() => null), { timeout: 15_000 }).toContain('số liệu năm 2025 đã khóa');
    await shot('assessment-locked-year');
    // A typed figure is refused in the page, before anything is sent.
    const before = session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM change_sets')[0]!.n;
    await page.mouse.move(0, 0);
    await cell.click();
    // As a person would: the key goes to the cell once the cell holds the focus.
    await expect.poll(() => page.evaluate<boolean>("!!document.activeElement?.closest('.ag-cell')")).toBe(true);
    await page.keyboard.press('Delete');
    await expect
      .poll(() => page.getByTestId('assessment-grid-problems').textContent({ timeout: 2_000 }).catch(() => null), { timeout: 15_000 })
      .toContain('Báo cáo năm 2025 gửi Bộ đã được phê duyệt');
    expect(session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM change_sets')[0]!.n).toBe(before);

    // The capital matrix locks only the approved year's column: 2024 stays open, and the row is not greyed whole.
    await session.host.goto('/capital?tab=annual&year=2025&measure=planned');
    await page.getByTestId('capital-matrix').waitFor();
    const firstRow = rows('capital-matrix').first();
    await expect.poll(() => firstRow.locator('[col-id="y2025"]').getAttribute('class')).toContain('eg-locked');
    expect(await firstRow.locator('[col-id="y2024"]').getAttribute('class')).not.toContain('eg-locked');
    expect(await firstRow.getAttribute('class')).not.toContain('eg-row-locked');
  }, 120_000);
});
