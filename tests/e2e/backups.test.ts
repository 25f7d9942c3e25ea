import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eSession, startE2e } from '../support/e2e';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

// A person's path through data safety: a backup appears, is restored from the Backups page (after a confirm that
// says the current state is saved first), a copy is saved elsewhere; then the file gets damaged and the start page
// explains the refusal and restores the newest backup, keeping the damaged file aside.
describe('backups in the Chromium host', () => {
  let session: E2eSession;
  let file: string;
  const signer = () => session.query<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile')[0]!.signer_name;
  const dispatch = async (method: string, input: unknown) => {
    const envelope = await session.host.services.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.data as never;
  };

  beforeAll(async () => {
    session = await startE2e();
    file = await session.openSample();
    // A change, then a reopen: the automatic backup of the day holds "Người ký A".
    await dispatch('profile.update', { patch: { signerName: 'Người ký A' } });
    const { recentFiles } = await dispatch('app.getState', {}) as { recentFiles: { id: string }[] };
    await dispatch('file.close', {});
    await dispatch('file.openRecent', { id: recentFiles[0]!.id });
    await dispatch('profile.update', { patch: { signerName: 'Người ký B' } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says why it cannot restore while another program has the file open, and changes nothing', async () => {
    const { page } = session.host;
    await session.host.goto('/backups');
    const table = page.getByTestId('backups-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    // The command line, a SQLite browser or a sync tool reading the file beside the app.
    const other = new Database(file, { fileMustExist: true });
    try {
      other.prepare('SELECT count(*) FROM institutions').get();
      await page.getByTestId('backup-restore').first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
      const notice = page.locator('.ant-message-notice').filter({ hasText: 'chương trình khác' });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('đang được mở ở nơi khác');
      // Set BACKUP_SHOTS=<folder> to keep the picture.
      await page.screenshot({ path: join(process.env.BACKUP_SHOTS ?? session.dir, 'restore-refused.png') });
    } finally {
      other.close();
    }
    expect(((await dispatch('profile.get', {})) as { signerName: string }).signerName).toBe('Người ký B');
    expect(signer()).toBe('Người ký B');
    // No backup was kept for a restore that did not happen.
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
  });

  it('lists the backups and restores one after a confirm that says the current state is backed up first', async () => {
    const { page } = session.host;
    await session.host.goto('/backups');
    const table = page.getByTestId('backups-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await expect(table.textContent()).resolves.toContain('Tự động khi mở tệp');
    await expect(table.textContent()).resolves.toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    await page.getByTestId('backup-restore').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('trạng thái hiện tại được sao lưu');
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();

    // Polled through the app's own connection: a second reader of the file while the restore swaps it can leave a
    // stale -wal/-shm beside the restored file (seen once in CI). Read the file directly only once the swap is done.
    const shown = async () => ((await dispatch('profile.get', {})) as { signerName: string }).signerName;
    await expect.poll(shown, { timeout: 20_000 }).toBe('Người ký A');
    expect(signer()).toBe('Người ký A');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(2);
    await expect(table.textContent()).resolves.toContain('Trước khi khôi phục');
    const backups = readdirSync(join(session.dataDirectory, 'backups'));
    const safety = backups.find((name) => name.includes('truoc-khoi-phuc'))!;
    expect(session.query<{ signer_name: string }>(join(session.dataDirectory, 'backups', safety), 'SELECT signer_name FROM province_profile')).toEqual([
      { signer_name: 'Người ký B' },
    ]);
  });

  it('saves a copy where the host’s save dialog says', async () => {
    const { page, platform } = session.host;
    const target = join(session.dir, 'usb', 'ban-sao.sqlite');
    platform.saveAnswers.push(target);
    await page.getByTestId('save-copy').click();
    await expect.poll(() => existsSync(target)).toBe(true);
    expect(session.query(target, 'SELECT signer_name FROM province_profile')).toEqual([{ signer_name: 'Người ký A' }]);
  });

  it('explains a damaged recent file on the start page and restores its newest backup, keeping the damaged file', async () => {
    const { page } = session.host;
    await page.getByRole('button', { name: 'Đóng tệp' }).click();
    await page.getByTestId('page-start').waitFor();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 0, 64);
    writeFileSync(file, bytes);
    const damaged = sha(file);

    await page.getByRole('button', { name: 'Tỉnh Sông Lam (dữ liệu mẫu)' }).click();
    const offer = page.getByTestId('refused-offer');
    await expect(offer.textContent()).resolves.toContain('Tệp dữ liệu bị hỏng');
    await expect.poll(() => offer.textContent()).toContain('Bản mới nhất còn dùng được');
    await page.getByTestId('refused-restore').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('không bị xóa hay ghi đè');
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();

    await page.getByTestId('province-name').waitFor();
    const aside = readdirSync(dirname(file)).find((name) => name.includes('.hong-'))!;
    expect(sha(join(dirname(file), aside))).toBe(damaged);
    expect(signer()).toBe('Người ký B');
  });
});
