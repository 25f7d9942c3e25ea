import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../electron/api/methods';
import { makeTempDir } from '../support/temp';
import { readMigrations } from '../../db/migrate';
import { MIGRATIONS_FOLDER } from '../support/test-host';

const CLI = fileURLToPath(new URL('../../electron/cli/main.ts', import.meta.url));
// node with the tsx loader is what `npx tsx` runs, without npx's start-up cost on every call.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Each call starts Node and loads the CLI through tsx (2–4 s on a 2-core machine); a test makes up to eight calls,
// which took 34 s under load, so the default 60 s per test is too close.
describe('command line', { timeout: 180_000 }, () => {
  let temp: ReturnType<typeof makeTempDir>;
  const file = () => join(temp.dir, 'tinh-mau.sqlite');
  const cli = (...args: string[]): Run => {
    const result = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, ...args], {
      cwd: temp.dir,
      encoding: 'utf8',
      env: { ...process.env, GDNN_DATA_DIR: join(temp.dir, 'cli-data') },
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const envelope = (run: Run) => JSON.parse(run.stdout) as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
  const dataOf = <M extends MethodName>(_method: M, run: Run): MethodOutput<M> => {
    const result = envelope(run);
    expect(result.ok).toBe(true);
    return result.data as MethodOutput<M>;
  };
  const noStackTrace = (run: Run) => expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  beforeAll(() => {
    temp = makeTempDir();
    const run = cli('sample', file());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/40 cơ sở, 26 dự án/);
  });
  afterAll(() => temp.cleanup());

  it('prints help and exits 0', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    for (const command of ['call', 'sample', 'create', 'generate', 'migrate', 'backup']) expect(run.stdout).toContain(`  ${command} `);
    expect(cli('call', '--help').stdout).toContain('--file');
  });

  it('calls a contract method on a file and prints the envelope', () => {
    const run = cli('call', 'profile.get', '--file', file());
    expect(run.status).toBe(0);
    const profile = dataOf('profile.get', run);
    expect(profile.name).toBe('Tỉnh Sông Lam (dữ liệu mẫu)');
    expect(profile.predecessors).toHaveLength(2);
  });

  it('records an update that history.list then shows', () => {
    const update = cli('call', 'profile.update', '{"patch":{"signerName":"Trần Thị Bình"}}', '--file', file());
    expect(update.status).toBe(0);
    expect(dataOf('profile.update', update).signerName).toBe('Trần Thị Bình');
    const history = dataOf('history.list', cli('call', 'history.list', '{"limit":5}', '-f', file()));
    const latest = history.rows[0]!;
    expect(latest).toMatchObject({ action: 'profile.update', state: 'applied' });
    expect(latest.rows).toContainEqual(expect.objectContaining({ field: 'signer_name', oldValue: 'Nguyễn Văn Minh', newValue: 'Trần Thị Bình' }));
    expect(latest.actor).not.toBe('');
  });

  it('reads the input from stdin with "-"', () => {
    const result = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, 'call', 'institutions.list', '-', '--file', file()], {
      cwd: temp.dir,
      encoding: 'utf8',
      env: { ...process.env, GDNN_DATA_DIR: join(temp.dir, 'cli-data') },
      input: '{"limit":3,"search":"cao dang"}',
    });
    expect(result.status).toBe(0);
    const page = dataOf('institutions.list', { status: result.status, stdout: result.stdout, stderr: result.stderr });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.typeCode === 'CD')).toBe(true);
  });

  it('answers invalid JSON with a readable message and a non-zero exit', () => {
    const run = cli('call', 'profile.update', '{"patch":', '--file', file());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/JSON hợp lệ \(invalid JSON input\)/);
    noStackTrace(run);
  });

  it('answers an unknown method with an UNKNOWN_METHOD envelope', () => {
    const run = cli('call', 'projects.explode', '--file', file());
    expect(run.status).toBe(1);
    expect(envelope(run)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(run.stderr).toContain('UNKNOWN_METHOD');
  });

  it('answers invalid input with an INVALID_INPUT envelope', () => {
    const run = cli('call', 'profile.update', '{"patch":{"name":""}}', '--file', file());
    expect(run.status).toBe(1);
    expect(envelope(run).error?.code).toBe('INVALID_INPUT');
  });

  it('refuses unknown commands, unknown options, missing and foreign files without a stack trace', () => {
    const unknown = cli('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Lệnh không tồn tại (unknown command): frobnicate');
    noStackTrace(unknown);

    const badOption = cli('sample', 'x.sqlite', '--colour');
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain('--colour');
    noStackTrace(badOption);

    const missing = cli('call', 'profile.get', '--file', join(temp.dir, 'khong-co.sqlite'));
    expect(missing.status).toBe(1);
    expect(envelope(missing).error?.code).toBe('FILE_NOT_FOUND');
    noStackTrace(missing);

    const foreign = join(temp.dir, 'la.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    db.close();
    const before = sha256(foreign);
    for (const run of [cli('call', 'profile.get', '--file', foreign), cli('migrate', foreign)]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('FILE_NOT_OURS');
      noStackTrace(run);
    }
    expect(sha256(foreign)).toBe(before);

    const exists = cli('sample', file());
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('--force');
  });

  it('creates an empty province from flags and from a JSON profile', () => {
    const target = join(temp.dir, 'ha-tinh.sqlite');
    const run = cli('create', target, '--name', 'Tỉnh Hà Tĩnh', '--predecessor', 'Tỉnh Cũ@2025-07-01', '--signer', 'Lê Văn C');
    expect(run.status).toBe(0);
    const profile = dataOf('profile.get', cli('call', 'profile.get', '-f', target));
    expect(profile).toMatchObject({ name: 'Tỉnh Hà Tĩnh', placeName: 'Hà Tĩnh', superiorBody: 'UBND TỈNH HÀ TĨNH', signerName: 'Lê Văn C', isSample: false });
    expect(profile.predecessors).toEqual([expect.objectContaining({ name: 'Tỉnh Cũ', mergedOn: '2025-07-01' })]);

    const jsonFile = join(temp.dir, 'hue.json');
    writeFileSync(jsonFile, JSON.stringify({ profile: { name: 'Thành phố Huế', owningDepartmentCode: 'SGDĐT' }, predecessors: [] }));
    expect(cli('create', join(temp.dir, 'hue.sqlite'), '--profile', jsonFile).status).toBe(0);
    expect(dataOf('profile.get', cli('call', 'profile.get', '-f', join(temp.dir, 'hue.sqlite'))).placeName).toBe('Huế');

    const invalid = cli('create', join(temp.dir, 'x.sqlite'), '--profile', '{"name":"A","placeName":""}');
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('placeName');
    expect(existsSync(join(temp.dir, 'x.sqlite'))).toBe(false);
  });

  it('generates a synthetic province, migrates and backs up a file', () => {
    const synthetic = join(temp.dir, 'tong-hop.sqlite');
    const generated = cli('generate', synthetic, '--institutions', '30', '--projects', '40', '--from', '2024', '--to', '2027', '--seed', '5');
    expect(generated.status).toBe(0);
    expect(generated.stdout).toMatch(/institutions\s+30\n/);
    expect(generated.stdout).toMatch(/projects\s+40\n/);
    expect(generated.stdout).toMatch(/Thời gian sinh dữ liệu \(generation\): [\d.]+ s/);
    expect(cli('generate', join(temp.dir, 'y.sqlite'), '--projects', 'many').status).toBe(2);

    const migrated = cli('migrate', synthetic);
    expect(migrated.status).toBe(0);
    expect(migrated.stdout).toContain(`Lược đồ (schema): v${readMigrations(MIGRATIONS_FOLDER).length} — đã là mới nhất`);

    const copy = join(temp.dir, 'sao-luu', 'ban-sao.sqlite');
    const backup = cli('backup', file(), copy);
    expect(backup.status).toBe(0);
    const db = new Database(copy, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n).toBe(40);
    db.close();
    expect(cli('backup', file(), copy).status).toBe(1);
  });
});
