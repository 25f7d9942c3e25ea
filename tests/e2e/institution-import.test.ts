import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSY_ROWS, messyWorkbook } from '../fixtures/import/messy-workbook';
import { type E2eSession, startE2e } from '../support/e2e';

// The import wizard in the Chromium host on the sample province: a messy workbook (title block, two merged header
// rows, NFD text, "1.234" numbers, a word in a number cell, an unknown type) goes through every step; what lands in
// the SQLite file is checked, then one Ctrl+Z takes the whole import back.

interface Stored {
  code: string;
  name: string;
  teachers: number | null;
  learners: number | null;
  notes: string | null;
}

describe('institution import wizard in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  let workbook: string;
  const stored = (code: string) =>
    session.query<Stored>(file, 'SELECT code, name, teachers, learners, notes FROM institutions WHERE code = ?', code)[0];
  const count = () => session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM institutions')[0]!.n;

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
    const byCode = session.query<{ code: string; name: string }>(file, "SELECT code, name FROM institutions WHERE code = 'SL-CD01'")[0]!;
    const byName = session.query<{ code: string; name: string }>(file, "SELECT code, name FROM institutions WHERE code = 'SL-TC03'")[0]!;
    workbook = join(session.dir, 'danh-sach-co-so.xlsx');
    writeFileSync(workbook, await messyWorkbook({ byCode, byName }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs the wizard, imports the valid rows, and one Ctrl+Z reverts the import', async () => {
    const { page } = session.host;
    const before = { count: count(), teachers: stored('SL-CD01')!.teachers };
    await session.host.goto('/institutions');
    await page.getByTestId('import-institutions').click();
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByTestId('import-step-file').waitFor();

    session.host.platform.openAnswers.push(workbook);
    await wizard.getByTestId('import-choose-file').click();
    await wizard.getByTestId('import-step-sheet').waitFor();
    await expect.poll(() => wizard.getByTestId('import-header-row').inputValue()).toBe('4');
    expect(await wizard.getByTestId('import-two-rows').isChecked()).toBe(true);
    await expect(wizard.getByTestId('import-sheet-preview').textContent()).resolves.toContain('DANH SÁCH CƠ SỞ');

    await wizard.getByTestId('import-next').click();
    await wizard.getByTestId('import-step-mapping').waitFor();
    await expect(wizard.getByTestId('import-mapping-teachers').textContent()).resolves.toContain('H · Số lượng / Số nhà giáo');
    await expect(wizard.getByTestId('import-mapping-typeCode').textContent()).resolves.toContain('D · Loại hình');

    await wizard.getByTestId('import-next').click();
    await wizard.getByTestId('import-step-preview').waitFor();
    await expect(wizard.getByTestId('import-counts').textContent()).resolves.toBe(
      'Đọc 6 dòng: 2 mới, 1 cập nhật, 1 không đổi, 2 có lỗi.',
    );
    await expect(wizard.getByTestId(`import-status-${MESSY_ROWS.unknownType}`).textContent()).resolves.toBe('Lỗi');
    const problems = await wizard.getByTestId('import-problems').textContent();
    expect(problems).toContain('Trang tính Danh sách, dòng 11, cột "Số lượng / Số nhà giáo": "mười hai" không phải là số');
    expect(problems).toContain('Trang tính Danh sách, dòng 12, cột "Loại hình": Loại hình "Trường đại học" không có trong danh mục');
    // Nothing is written before the last step.
    expect(count()).toBe(before.count);

    await wizard.getByTestId('import-apply').click();
    await expect.poll(() => wizard.getByTestId('import-result').textContent()).toContain('Đã nhập 3 cơ sở');
    await wizard.getByTestId('import-close').click();
    await wizard.waitFor({ state: 'detached' });

    expect(count()).toBe(before.count + 2);
    expect(stored('NK-001')).toMatchObject({ name: 'Trường Trung cấp Nghề Đồng Tiến', learners: 1234 });
    expect(stored('CS-0001')).toBeDefined();
    expect(stored('SL-CD01')).toMatchObject({ teachers: 1234, notes: 'Cập nhật 2026' });
    expect(session.query<{ label: string }>(file, "SELECT label FROM change_sets WHERE kind = 'do' ORDER BY id DESC LIMIT 1")[0]!.label).toBe(
      'Nhập 3 cơ sở từ danh-sach-co-so.xlsx',
    );

    // Ctrl+Z outside a text field undoes the whole import at once.
    await page.getByTestId('page-institutions').locator('h3').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => count()).toBe(before.count);
    expect(stored('NK-001')).toBeUndefined();
    expect(stored('SL-CD01')!.teachers).toBe(before.teachers);
    expect(session.pageErrors).toEqual([]);
  });

  it('renames an institution from its detail panel as one recorded, undoable event', async () => {
    const { page } = session.host;
    const name = () => session.query<{ name: string }>(file, "SELECT name FROM institutions WHERE code = 'SL-CD02'")[0]!.name;
    const old = name();
    const events = () => session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM institution_events')[0]!.n;
    const eventsBefore = events();
    await session.host.goto('/institutions');
    await page.getByPlaceholder(/Tìm theo tên/).fill('SL-CD02');
    await page.keyboard.press('Enter');
    const row = page.locator('.ag-row:not(.ag-row-pinned)', { hasText: 'SL-CD02' }).locator('[col-id="__row"]');
    await expect.poll(() => row.count()).toBe(1);
    await row.dblclick();
    const drawer = page.getByTestId('institution-detail');
    await drawer.getByTestId('lifecycle-rename').click();
    await page.getByTestId('rename-newName').fill('Trường Cao đẳng Y tế tỉnh Sông Lam');
    await page.getByTestId('lifecycle-occurredOn').click();
    await page.keyboard.type('01/03/2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('rename-modal-ok').click();
    await expect(page.getByTestId('lifecycle-confirm').textContent()).resolves.toContain(`Đổi tên ${old} thành Trường Cao đẳng Y tế tỉnh Sông Lam từ ngày 01/03/2026?`);
    await page.getByTestId('lifecycle-confirm-ok').click();
    await expect.poll(() => name()).toBe('Trường Cao đẳng Y tế tỉnh Sông Lam');
    expect(events()).toBe(eventsBefore + 1);
    expect(session.query<{ kind: string; old_name: string }>(file, 'SELECT kind, old_name FROM institution_events ORDER BY id DESC LIMIT 1')[0]).toEqual({
      kind: 'rename',
      old_name: old,
    });
    // The click goes to the ✕ itself: a success toast can sit over it and would swallow a mouse click.
    await page.locator('.ant-drawer-close').dispatchEvent('click');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('page-institutions').locator('h3').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => name()).toBe(old);
    expect(events()).toBe(eventsBefore);
    expect(session.pageErrors).toEqual([]);
  });
});
