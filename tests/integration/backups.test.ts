import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { migrate, readMigrations } from '../../db/migrate';
import { backupBeforeImport } from '../../electron/services/backups';
import { backupName, fileTag } from '../../electron/services/backups/names';
import { createInProcessHost, type InProcessHost, MIGRATIONS_FOLDER } from '../support/test-host';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const DAY = 24 * 60 * 60 * 1000;

function read<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}
const signerIn = (file: string) => read<{ signer_name: string }>(file, 'SELECT signer_name FROM province_profile').signer_name;

describe('backups of the open file', () => {
  let host: InProcessHost;
  let file: string;
  let backups: string;
  const recentId = async () => (await host.call('app.getState', {})).recentFiles.find((f) => f.path === file)!.id;
  const reopen = async () => {
    const id = await recentId();
    await host.call('file.close', {});
    return host.call('file.openRecent', { id });
  };
  const setSigner = (signerName: string) => host.call('profile.update', { patch: { signerName } });
  const codeOf = async (method: Parameters<InProcessHost['dispatch']>[0], input: unknown) => {
    const envelope = await host.dispatch(method, input);
    return envelope.ok ? 'ok' : envelope.error.code;
  };

  beforeEach(async () => {
    host = createInProcessHost();
    file = (await host.call('file.openSample', {})).path;
    backups = host.ctx.workspace.backupDirectory;
  });
  afterEach(() => host.cleanup());

  it('backs a changed file up when it is opened, once a day, and leaves an unchanged file alone', async () => {
    await reopen();
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([]);

    await setSigner('Người ký A');
    await reopen();
    await reopen();
    const list = await host.call('backups.list', {});
    expect(list.file).toBe(file);
    expect(list.automaticError).toBeNull();
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({
      reason: 'daily',
      note: null,
      provinceName: 'Tỉnh Sông Lam (dữ liệu mẫu)',
      schemaVersion: readMigrations(MIGRATIONS_FOLDER).length,
      restorable: true,
    });
    expect(list.backups[0]!.sizeBytes).toBeGreaterThan(10_000);
    expect(list.backups[0]!.id).toMatch(new RegExp(`^tinh-mau-cds-gdnn-.*-hang-ngay-${fileTag(file)}\\.sqlite$`));
    expect(signerIn(join(backups, list.backups[0]!.id))).toBe('Người ký A');
  });

  it('keeps the newest 10 daily backups of a file and every pre-upgrade one, and leaves other files’ backups alone', async () => {
    await setSigner('Người ký A');
    const copy = join(host.dir, 'copy.sqlite');
    host.ctx.workspace.require().sqlite.prepare('VACUUM INTO ?').run(copy);
    mkdirSync(backups, { recursive: true });
    const other = join(host.dir, 'elsewhere', basename(file));
    const plant = (name: string) => copyFileSync(copy, join(backups, name));
    const now = Date.now();
    for (let day = 1; day <= 12; day += 1) {
      plant(backupName(file, new Date(now - day * DAY), 'daily', null));
      plant(backupName(other, new Date(now - day * DAY), 'daily', null));
    }
    for (let day = 20; day <= 22; day += 1) plant(backupName(file, new Date(now - day * DAY), 'migration', 'v1'));
    plant('tinh-mau-cds-gdnn-2025-01-02T03-04-05-678Z-truoc-nang-cap-v1.sqlite');

    await reopen();
    const list = (await host.call('backups.list', {})).backups;
    const daily = list.filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(10);
    expect(Date.parse(daily[0]!.createdAt)).toBeGreaterThan(now - 60_000);
    expect(Date.parse(daily[9]!.createdAt)).toBeGreaterThan(now - 9.5 * DAY);
    expect(list.filter((b) => b.reason === 'migration')).toHaveLength(4);
    expect(list.find((b) => b.id.endsWith('truoc-nang-cap-v1.sqlite'))).toMatchObject({ note: 'v1', createdAt: expect.stringMatching(/^2025-01-02/) });
    expect(readdirSync(backups).filter((name) => name.includes(fileTag(other)))).toHaveLength(12);
    // Newest first.
    const times = list.map((b) => Date.parse(b.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('restores a backup: backs up the current state first, replaces the file and reopens it', async () => {
    await setSigner('Người ký A');
    await reopen();
    const daily = (await host.call('backups.list', {})).backups[0]!;
    await setSigner('Người ký B');
    host.events.length = 0;

    const result = await host.call('backups.restore', { id: daily.id });
    expect(result.opened.path).toBe(file);
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký A');
    expect(host.events.map((e) => e.event)).toEqual(expect.arrayContaining(['history.changed', 'file.switched']));
    // The undo stack is the backup's own: the change to A is still undoable.
    expect(await host.call('history.status', {})).toMatchObject({ canUndo: true, canRedo: false });
    expect(readdirSync(dirname(file)).filter((n) => n.includes('khoi-phuc'))).toEqual([]);

    const list = (await host.call('backups.list', {})).backups;
    const safety = list.find((b) => b.id === result.safetyBackupId)!;
    expect(safety).toMatchObject({ reason: 'restore', restorable: true });
    expect(signerIn(join(backups, safety.id))).toBe('Người ký B');

    // A restore is itself undone by restoring the copy it made.
    await host.call('backups.restore', { id: safety.id });
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký B');
  });

  it('refuses to replace the file while another program has it open, and reopens it unchanged', async () => {
    await setSigner('Người ký A');
    await reopen();
    const daily = (await host.call('backups.list', {})).backups[0]!;
    await setSigner('Người ký B');
    const before = readdirSync(backups).sort();
    // Another process (here: another connection) reading the file, as the command line or a second app copy would.
    const other = new Database(file, { fileMustExist: true });
    try {
      expect(other.prepare('SELECT signer_name FROM province_profile').get()).toEqual({ signer_name: 'Người ký B' });
      const envelope = await host.dispatch('backups.restore', { id: daily.id });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'FILE_IN_USE', message: expect.stringContaining('đang được mở ở nơi khác') } });
      expect((await host.call('profile.get', {})).signerName).toBe('Người ký B');
      expect(readdirSync(backups).sort()).toEqual(before);
      expect(readdirSync(dirname(file)).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
      // Both still work on the same, intact file.
      await setSigner('Người ký C');
      expect(other.prepare('SELECT signer_name FROM province_profile').get()).toEqual({ signer_name: 'Người ký C' });
    } finally {
      other.close();
    }
    // Once the other program has closed the file, the same restore goes through.
    await host.call('backups.restore', { id: daily.id });
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký A');
  });

  it('refuses ids that are not backups of the open file, and paths, changing nothing', async () => {
    await setSigner('Người ký A');
    await reopen();
    const other = join(host.dir, 'elsewhere', basename(file));
    const stranger = backupName(other, new Date(), 'daily', null);
    copyFileSync(join(backups, (await host.call('backups.list', {})).backups[0]!.id), join(backups, stranger));
    await setSigner('Người ký B');
    const before = readdirSync(backups).sort();

    for (const id of ['../tinh-mau-cds-gdnn.sqlite', 'a/b.sqlite', 'a\\b.sqlite', '..', '', 'x\u0000.sqlite', file]) {
      expect(await codeOf('backups.restore', { id })).toBe('INVALID_INPUT');
    }
    for (const id of ['khong-co.sqlite', stranger, basename(file)]) expect(await codeOf('backups.restore', { id })).toBe('NOT_FOUND');
    expect(await codeOf('backups.restore', { id: 'x.sqlite', path: file })).toBe('INVALID_INPUT');
    expect(readdirSync(backups).sort()).toEqual(before);
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký B');
  });

  it('refuses a damaged backup and leaves the open file as it was', async () => {
    await setSigner('Người ký A');
    await reopen();
    const daily = (await host.call('backups.list', {})).backups[0]!;
    const path = join(backups, daily.id);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 100);
    writeFileSync(path, bytes);
    await setSigner('Người ký B');
    const before = readdirSync(backups).sort();

    const envelope = await host.dispatch('backups.restore', { id: daily.id });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FILE_DAMAGED', message: expect.stringContaining('Bản sao lưu này bị hỏng') } });
    expect(readdirSync(backups).sort()).toEqual(before);
    expect(readdirSync(dirname(file)).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký B');
    expect((await host.call('backups.list', {})).backups.find((b) => b.id === daily.id)).toMatchObject({ restorable: false, provinceName: null });
  });

  it('backs up before an import, named after what is imported', async () => {
    const written = backupBeforeImport(host.ctx, 'Danh sách cơ sở GDNN');
    const list = (await host.call('backups.list', {})).backups;
    expect(list).toEqual([expect.objectContaining({ id: written.id, reason: 'import', note: 'danh-sach-co-so-gdnn', restorable: true })]);
  });

  it('lists the backup made before a schema upgrade with the version it came from', async () => {
    // A file as the first release made it: the first migration only, with a profile.
    const old = join(host.dir, 'tinh-cu.sqlite');
    const { sqlite } = openDatabase(old, { create: true });
    migrate(sqlite, readMigrations(MIGRATIONS_FOLDER).slice(0, 1));
    sqlite
      .prepare(
        `INSERT INTO province_profile (id, name, place_name, superior_body, owning_department, owning_department_code,
           recipient_ministry, recipient_department, created_at) VALUES (1, 'Tỉnh Cũ', 'Cũ', 'UBND', 'Sở', 'S', 'Bộ', 'Vụ', '2025-01-01')`,
      )
      .run();
    sqlite.close();
    host.platform.openAnswers.push(old);
    expect((await host.call('file.openWithDialog', {})).opened).toMatchObject({ migratedFrom: 1 });
    const list = (await host.call('backups.list', {})).backups;
    expect(list).toEqual([expect.objectContaining({ reason: 'migration', note: 'v1', schemaVersion: 1, provinceName: 'Tỉnh Cũ', restorable: true })]);
    expect(list[0]!.id).toMatch(/^tinh-cu-.*-truoc-nang-cap-v1-[0-9a-f]{8}\.sqlite$/);
  });

  it('saves a consistent copy where the user chooses, never over the open file', async () => {
    await setSigner('Người ký C');
    expect(await host.call('backups.saveCopyAs', {})).toEqual({ saved: null });

    const target = join(host.dir, 'ban sao', 'tinh.sqlite');
    host.platform.saveAnswers.push(target);
    const { saved } = await host.call('backups.saveCopyAs', {});
    expect(saved).toMatchObject({ path: target });
    expect(signerIn(target)).toBe('Người ký C');
    expect(read<{ integrity_check: string }>(target, 'PRAGMA integrity_check').integrity_check).toBe('ok');

    // Replacing an existing file (the save dialog asked first), with a stale -wal beside it that must not be replayed.
    writeFileSync(`${target}-wal`, 'stale');
    await setSigner('Người ký D');
    host.platform.saveAnswers.push(target);
    await host.call('backups.saveCopyAs', {});
    expect(signerIn(target)).toBe('Người ký D');
    expect(existsSync(`${target}-wal`)).toBe(false);

    const before = sha(file);
    host.platform.saveAnswers.push(file);
    expect(await codeOf('backups.saveCopyAs', {})).toBe('INVALID_INPUT');
    expect(sha(file)).toBe(before);
  });

  it('reports a failed automatic backup on the page and still opens the file', async () => {
    await setSigner('Người ký A');
    rmSync(backups, { recursive: true, force: true });
    writeFileSync(backups, 'not a folder');
    const opened = await reopen();
    expect(opened.path).toBe(file);
    const list = await host.call('backups.list', {});
    expect(list.automaticError).toMatch(/EEXIST|ENOTDIR/);
    expect(list.backups).toEqual([]);
  });
});

describe('restoring a recent file the app refuses to open', () => {
  let host: InProcessHost;
  let file: string;
  let recentId: string;

  beforeEach(async () => {
    host = createInProcessHost();
    file = (await host.call('file.openSample', {})).path;
    await host.call('profile.update', { patch: { signerName: 'Người ký A' } });
    recentId = (await host.call('app.getState', {})).recentFiles[0]!.id;
    await host.call('file.close', {});
    await host.call('file.openRecent', { id: recentId });
    await host.call('profile.update', { patch: { signerName: 'Người ký B' } });
    await host.call('file.close', {});
  });
  afterEach(() => host.cleanup());

  const damage = (edit: (bytes: Buffer) => void) => {
    const bytes = readFileSync(file);
    edit(bytes);
    writeFileSync(file, bytes);
    return sha(file);
  };

  it('shows the backups of a damaged file and restores the newest good one, keeping the damaged file aside', async () => {
    const damaged = damage((bytes) => bytes.fill(0x41, 0, 64));
    expect(await host.dispatch('file.openRecent', { id: recentId })).toMatchObject({ ok: false, error: { code: 'FILE_DAMAGED' } });

    const offer = await host.call('backups.listForRecent', { recentId });
    expect(offer).toMatchObject({ path: file, provinceName: 'Tỉnh Sông Lam (dữ liệu mẫu)' });
    expect(offer.backups).toEqual([expect.objectContaining({ reason: 'daily', restorable: true })]);

    host.events.length = 0;
    const result = await host.call('backups.restoreRecent', { recentId, backupId: offer.backups[0]!.id });
    expect(result.opened.path).toBe(file);
    expect(result.setAsideAs).toMatch(new RegExp(`^${basename(file).replace(/\./g, '\\.')}\\.hong-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}$`));
    expect(sha(join(dirname(file), result.setAsideAs))).toBe(damaged);
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký A');
    expect(host.events.map((e) => e.event)).toContain('file.switched');
  });

  it('sets a file from a newer app aside under a name that does not call it damaged', async () => {
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = sha(file);
    expect(await host.dispatch('file.openRecent', { id: recentId })).toMatchObject({ ok: false, error: { code: 'FILE_TOO_NEW' } });
    const backupId = (await host.call('backups.listForRecent', { recentId })).backups[0]!.id;
    const result = await host.call('backups.restoreRecent', { recentId, backupId });
    expect(result.setAsideAs).toContain('.moi-hon-');
    expect(sha(join(dirname(file), result.setAsideAs))).toBe(before);
  });

  it('does not touch a file that opens, a missing file, or with ids it did not give', async () => {
    const backupId = (await host.call('backups.listForRecent', { recentId })).backups[0]!.id;
    const before = sha(file);
    expect(await host.dispatch('backups.restoreRecent', { recentId, backupId })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(sha(file)).toBe(before);

    damage((bytes) => bytes.fill(0x41, 0, 64));
    const damaged = sha(file);
    for (const input of [
      { recentId: 'nope', backupId },
      { recentId, backupId: 'nope.sqlite' },
    ]) {
      expect(await host.dispatch('backups.restoreRecent', input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    for (const input of [{ recentId, backupId: '../x.sqlite' }, { recentId, backupId, path: '/tmp/x' }, { recentId: file, backupId: file }]) {
      expect(await host.dispatch('backups.restoreRecent', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(sha(file)).toBe(damaged);
    expect(readdirSync(dirname(file)).filter((n) => n.includes('.hong-'))).toEqual([]);

    rmSync(file);
    expect(await host.dispatch('backups.restoreRecent', { recentId, backupId })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(existsSync(file)).toBe(false);
  });

  it("restores over a stranger's database put in the file's place", async () => {
    rmSync(file);
    const stranger = new Database(file);
    stranger.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    stranger.close();
    const before = sha(file);
    expect(await host.dispatch('file.openRecent', { id: recentId })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_OURS' } });
    const backupId = (await host.call('backups.listForRecent', { recentId })).backups[0]!.id;
    const result = await host.call('backups.restoreRecent', { recentId, backupId });
    expect(sha(join(dirname(file), result.setAsideAs))).toBe(before);
    expect((await host.call('profile.get', {})).signerName).toBe('Người ký A');
  });
});
