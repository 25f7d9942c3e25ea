import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eSession, startE2e } from '../support/e2e';
import { appRouteKeys } from '../support/routes';

// The foundation path a person takes: open the sample, visit every page, change a value, see it recorded,
// undo it, and find the change still there after restarting the app on the same file.
describe('foundation in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  const signer = 'Trần Thị Bình E2E';

  beforeAll(async () => {
    session = await startE2e();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the sample province from the start page', async () => {
    const { page } = session.host;
    await page.getByTestId('open-sample').click();
    await expect(page.getByTestId('province-name').textContent()).resolves.toContain('mẫu');
    const state = await session.host.services.dispatch('app.getState', {});
    expect(state.ok).toBe(true);
    file = (state as { ok: true; data: { current: { path: string } } }).data.current.path;
    expect(session.query<{ n: number }>(file, 'SELECT count(*) AS n FROM institutions')[0]!.n).toBeGreaterThan(0);
  });

  it('visits every page in Vietnamese', async () => {
    const { page } = session.host;
    for (const route of appRouteKeys) {
      await session.host.goto(`/${route}`);
      await page.getByTestId(`page-${route}`).waitFor({ state: 'attached' });
    }
    await expect(page.locator('[role="navigation"]').textContent()).resolves.toContain('Cơ sở GDNN');
  });

  it('honours the OS asking for reduced motion: antd transitions last no time', async () => {
    const { page } = session.host;
    // The session's page reports "reduce" as a PC set to no animation effects would.
    await expect(page.evaluate<boolean>("matchMedia('(prefers-reduced-motion: reduce)').matches")).resolves.toBe(true);
    const durations = await page.evaluate<string[]>("[...document.querySelectorAll('button.ant-btn, .ant-menu-item')].map((el) => getComputedStyle(el).transitionDuration)");
    expect(durations.length).toBeGreaterThan(3);
    // Without the setting the same elements ease over 0.2–0.3 s.
    expect(new Set(durations.flatMap((d) => d.split(',').map((part) => part.trim())))).toEqual(new Set(['0s']));
  });

  it('records a change made in Settings, shows it in History, and undoes it', async () => {
    const { page } = session.host;
    await session.host.goto('/settings');
    const field = page.getByTestId('profile-signerName');
    await field.fill(signer);
    await page.getByTestId('save-profile').click();
    await expect.poll(() => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile')[0]!.signer_name).toBe(signer);
    const audit = session.query<{ new_value: string; actor: string }>(
      file,
      `SELECT a.new_value, c.actor FROM audit_rows a JOIN change_sets c ON c.id = a.change_set_id
       WHERE a.table_name = 'province_profile' AND a.field = 'signer_name' ORDER BY a.id DESC LIMIT 1`,
    );
    expect(audit[0]).toEqual({ new_value: JSON.stringify(signer), actor: 'e2e' });

    await session.host.goto('/history');
    await expect.poll(() => page.getByTestId('history-label').first().textContent()).toBe('Cập nhật hồ sơ tỉnh');

    // Ctrl+Z outside a text field is the app-wide undo.
    await page.locator('body').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile')[0]!.signer_name).not.toBe(signer);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile')[0]!.signer_name).toBe(signer);
  });

  it('keeps the change and its undo history after a restart on the same file', async () => {
    const host = await session.restart({ file });
    await host.goto('/settings');
    await expect.poll(() => host.page.getByTestId('profile-signerName').inputValue()).toBe(signer);
    // Undo still works across the restart: the stack lives in the file.
    await host.page.locator('body').click();
    await host.page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile')[0]!.signer_name).not.toBe(signer);
  });
});
