import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eSession, startE2e } from '../support/e2e';

// The annual submission as the planner does it on the sample province: open 2025, read the checks, edit the text,
// review and approve (the year locks), export the files, meet the lock in the assessment grid, reopen with a reason.
// Set SUBMISSION_SHOTS=<folder> to keep a screenshot of every step.

describe('ministry submission in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  let late: { id: number; code: string };
  const shots = process.env.SUBMISSION_SHOTS;
  const shot = async (name: string) => {
    if (!shots) return;
    mkdirSync(shots, { recursive: true });
    await session.host.page.waitForTimeout(400);
    await session.host.page.screenshot({ path: join(shots, `${name}.png`) });
  };
  // A dialog zooms in; a click that lands mid-animation can be lost on a loaded machine, so wait until it settles.
  const dialogSettled = () => expect.poll(() => session.host.page.locator('.ant-modal-wrap [class*="ant-zoom-"]').count()).toBe(0);
  const submission = () =>
    session.query<{ id: number; state: string; document_number: string; approved_by: string | null; reopen_reason: string | null }>(
      file,
      'SELECT id, state, document_number, approved_by, reopen_reason FROM submissions WHERE year = 2025',
    )[0];
  const teachers = () =>
    session.query<{ value: number }>(
      file,
      "SELECT v.value FROM indicator_values v JOIN indicators d ON d.id = v.indicator_id WHERE v.institution_id = ? AND v.year = 2025 AND d.code = 'teachers_total'",
      late.id,
    )[0]!.value;

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
    const { page } = session.host;
    // One centre's 2025 return was taken back to draft to correct it: the submission must lock it all the same.
    late = session.query<{ id: number; code: string }>(file, "SELECT i.id, i.code FROM institutions i JOIN assessments a ON a.institution_id = i.id WHERE a.year = 2025 AND i.code LIKE 'SL-TT%' ORDER BY i.code LIMIT 1")[0]!;
    const reopened = await session.host.services.dispatch('assessment.setState', { year: 2025, institutionIds: [late.id], state: 'draft', reason: 'Trung tâm xin sửa số liệu' });
    expect(reopened.ok).toBe(true);
    await session.host.goto('/submission?year=2025');
    await page.getByTestId('page-submission').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the year, with the checks and their links, and edits the report text', async () => {
    const { page } = session.host;
    await shot('submission-1-year');
    await page.getByTestId('submission-open').click();
    await page.getByTestId('preflight').waitFor();
    expect(submission()).toMatchObject({ state: 'draft', document_number: '' });
    expect(session.query(file, 'SELECT key FROM submission_sections ORDER BY sort_order').map((r) => (r as { key: string }).key)).toEqual([
      'situation',
      'results',
      'projects',
      'difficulties',
      'proposals',
    ]);
    await expect.poll(() => page.getByTestId('check-assessments.notApproved').getAttribute('data-severity')).toBe('warning');
    await page.getByTestId('check-assessments.notApproved').click();
    await expect.poll(() => page.getByTestId('preflight-fix').nth(1).getAttribute('data-path')).toBe(`/targets?tab=assessment&year=2025&institution=${late.id}`);
    await shot('submission-2-preflight');

    await page.getByTestId('wizard-next').click();
    await page.getByTestId('narrative').waitFor();
    await page.getByTestId('doc-number').fill('15');
    await page.getByTestId('doc-save').click();
    await expect.poll(() => submission()?.document_number).toBe('15');
    const text = page.getByTestId('section-difficulties-text');
    await expect.poll(() => text.inputValue()).toContain('Bên cạnh kết quả đạt được');
    await text.fill('Nhân lực công nghệ thông tin của các trung tâm GDNN-GDTX còn thiếu.');
    await page.getByTestId('section-difficulties-save').click();
    await expect
      .poll(() => session.query<{ body: string }>(file, "SELECT body FROM submission_sections WHERE key = 'difficulties'")[0]!.body)
      .toBe('Nhân lực công nghệ thông tin của các trung tâm GDNN-GDTX còn thiếu.');
    // "Rewrite from the figures" shows the text first and replaces the section only when confirmed.
    await page.getByTestId('section-difficulties-regenerate').click();
    await expect.poll(() => page.getByTestId('regenerate-preview').inputValue()).toContain('Bên cạnh kết quả đạt được');
    await dialogSettled();
    await shot('submission-3-regenerate');
    await page.getByTestId('regenerate-confirm').click();
    await expect
      .poll(() => session.query<{ body: string }>(file, "SELECT body FROM submission_sections WHERE key = 'difficulties'")[0]!.body)
      .toContain('Bên cạnh kết quả đạt được');
    await shot('submission-4-narrative');
  }, 120_000);

  it('is reviewed and approved, which locks the year and is recorded as final', async () => {
    const { page } = session.host;
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('approval').waitFor();
    await page.getByTestId('submission-review').click();
    await expect.poll(() => submission()?.state).toBe('reviewed');
    await page.getByTestId('submission-approve').click();
    await expect(page.getByTestId('approve-confirm').isDisabled()).resolves.toBe(true);
    await dialogSettled();
    // Under load a click can land while the dialog is still zooming in and be lost: tick until it shows ticked.
    const acknowledge = page.getByTestId('approve-acknowledge');
    await expect
      .poll(async () => {
        if (!(await acknowledge.isChecked())) await acknowledge.click();
        return acknowledge.isChecked();
      })
      .toBe(true);
    await shot('submission-5-approve');
    await page.getByTestId('approve-confirm').click();
    await expect.poll(() => submission()?.state).toBe('approved');
    expect(submission()!.approved_by).toBe('e2e');
    await page.getByTestId('submission-locked').waitFor();
    expect(await page.getByTestId('submission-locked').textContent()).toContain('số liệu năm 2025 đã khóa');
    const steps = session.query<{ action: string; state: string }>(file, "SELECT action, state FROM change_sets WHERE action LIKE 'submission.%' AND action IN ('submission.review', 'submission.approve') ORDER BY id");
    expect(steps).toEqual([
      { action: 'submission.review', state: 'final' },
      { action: 'submission.approve', state: 'final' },
    ]);
    await shot('submission-6-approved');
  }, 120_000);

  it('exports the four files, shown with size and SHA-256 and recorded in the file', async () => {
    const { page } = session.host;
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('export-step').waitFor();
    const folder = join(session.dir, 'ho-so-2025');
    mkdirSync(folder);
    session.host.platform.directoryAnswers.push(folder);
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-files').waitFor({ timeout: 90_000 });
    const files = session.query<{ role: string; file_name: string; sha256: string; size_bytes: number }>(
      file,
      'SELECT f.role, f.file_name, f.sha256, f.size_bytes FROM submission_export_files f JOIN submission_exports e ON e.id = f.export_id WHERE e.year = 2025 ORDER BY f.role',
    );
    expect(files.map((f) => f.role)).toEqual(['appendix_xlsx', 'data_package', 'report_docx', 'report_pdf']);
    const shown = await page.getByTestId('file-sha256').allTextContents();
    for (const f of files) {
      const bytes = readFileSync(join(folder, f.file_name));
      expect(bytes.length).toBe(f.size_bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(shown).toContain(f.sha256);
    }
    expect(session.query<{ state: string }>(file, 'SELECT state FROM submission_exports WHERE year = 2025')).toEqual([{ state: 'approved' }]);
    await shot('submission-7-exported');
    await page.getByRole('tab', { name: 'Các lần xuất hồ sơ' }).click();
    await page.getByTestId('exports-history').waitFor();
    await shot('submission-8-history');

    // Written again from the history: the same bytes, wherever the planner puts them.
    const again = join(session.dir, 'ho-so-2025-lan-2');
    mkdirSync(again);
    session.host.platform.directoryAnswers.push(again);
    const exportId = session.query<{ id: number }>(file, 'SELECT id FROM submission_exports WHERE year = 2025')[0]!.id;
    await page.getByTestId(`reexport-${exportId}`).click();
    await expect.poll(() => files.every((f) => existsSync(join(again, f.file_name))), { timeout: 60_000 }).toBe(true);
    for (const f of files) expect(readFileSync(join(again, f.file_name)).equals(readFileSync(join(folder, f.file_name)))).toBe(true);

    // Beside last year: 2024 was never exported, so its figures are the file's own.
    await page.getByRole('tab', { name: 'So sánh năm 2025 với 2024' }).click();
    await expect.poll(() => page.getByTestId('comparison-source').getAttribute('data-source')).toBe('live');
    await expect.poll(() => page.getByTestId('comparison-targets').locator('tbody tr').count()).toBeGreaterThan(5);
    await shot('submission-8b-compare');
    await page.getByRole('tab', { name: 'Lập báo cáo' }).click();
  }, 180_000);

  it('shows the locked year in the assessment grid, where an edit is refused with the reason', async () => {
    const { page } = session.host;
    await session.host.goto('/targets');
    await page.getByTestId('page-targets').waitFor();
    await page.getByTestId('tab-assessment').click();
    await page.getByTestId('assessment-year').click();
    await page.locator('.ant-select-item-option[title="2025"]').click();
    const grid = page.getByTestId('assessment-grid');
    const search = page.getByTestId('assessment-search').locator('input');
    await search.fill(late.code);
    await search.press('Enter');
    await expect.poll(() => grid.locator('.ag-row').count()).toBe(1);
    const before = teachers();
    const cell = grid.locator('.ag-row [col-id="teachers_total"]').first();
    // Locked (grey, the reason on hover), not an amber warning: a key on it is refused in the page with the reason.
    await expect.poll(() => cell.getAttribute('class')).toContain('eg-locked');
    await cell.click();
    await expect.poll(() => page.evaluate<boolean>("!!document.activeElement?.closest('.ag-cell')")).toBe(true);
    await page.keyboard.press('Delete');
    await expect
      .poll(() => page.getByTestId('assessment-grid-problems').textContent({ timeout: 2_000 }).catch(() => null), { timeout: 15_000 })
      .toContain('Báo cáo năm 2025 gửi Bộ đã được phê duyệt');
    expect(teachers()).toBe(before);
    await shot('submission-9-locked-grid');
  }, 120_000);

  it('reopens with a reason, which unlocks the year and is in the History', async () => {
    const { page } = session.host;
    await session.host.goto('/submission?year=2025&tab=wizard&step=approval');
    await page.getByTestId('approval').waitFor();
    await page.getByTestId('submission-reopen').click();
    await expect(page.getByTestId('reopen-confirm').isDisabled()).resolves.toBe(true);
    await dialogSettled();
    await page.getByTestId('reopen-reason').fill('Bổ sung số liệu của trung tâm GDNN theo đề nghị của Bộ');
    await shot('submission-10-reopen');
    await page.getByTestId('reopen-confirm').click();
    await expect.poll(() => submission()).toMatchObject({ state: 'reviewed', reopen_reason: 'Bổ sung số liệu của trung tâm GDNN theo đề nghị của Bộ', approved_by: null });
    await page.getByTestId('submission-locked').waitFor({ state: 'detached' });
    const reopen = session.query<{ label: string; state: string }>(file, "SELECT label, state FROM change_sets WHERE action = 'submission.reopen'");
    expect(reopen).toEqual([{ label: 'Mở lại báo cáo năm 2025 (mở khóa số liệu năm 2025): Bổ sung số liệu của trung tâm GDNN theo đề nghị của Bộ', state: 'final' }]);
    // Unlocked: the centre's figure is written now.
    const more = teachers() + 5;
    const result = await session.host.services.dispatch('assessment.applyEdits', { year: 2025, edits: [{ institutionId: late.id, indicatorCode: 'teachers_total', value: more }] });
    expect(result.ok).toBe(true);
    expect(teachers()).toBe(more);
    await session.host.goto('/history');
    await page.getByTestId('page-history').waitFor();
    await expect.poll(() => page.getByTestId('page-history').textContent()).toContain('Mở lại báo cáo năm 2025');
    expect(existsSync(file)).toBe(true);
  }, 120_000);
});
