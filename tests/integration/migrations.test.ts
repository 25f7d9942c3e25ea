import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../db/client';
import { DataFileError } from '../../db/data-file-error';
import { inspectDataFile, migrate, readMigrations } from '../../db/migrate';
import * as schema from '../../db/schema';
import { makeTempDir } from '../support/temp';
import { createInProcessHost, type InProcessHost, MIGRATIONS_FOLDER } from '../support/test-host';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is SQLiteTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
);

describe('migrations', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('reads the journal in index order with no gaps', () => {
    const migrations = readMigrations(MIGRATIONS_FOLDER);
    expect(migrations.map((m) => m.index)).toEqual(migrations.map((_, i) => i));
    expect(migrations.length).toBeGreaterThan(0);
  });

  it('produces, on a fresh file, exactly the tables and columns of the drizzle schema, all STRICT', () => {
    const { sqlite } = openDatabase(join(temp.dir, 'fresh.sqlite'), { create: true });
    migrate(sqlite, readMigrations(MIGRATIONS_FOLDER));
    const actual = sqlite
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string; strict: number }[];
    expect(actual.map((t) => t.name)).toEqual(tables.map((t) => getTableConfig(t).name).sort());
    expect(actual.every((t) => t.strict === 1)).toBe(true);
    for (const table of tables) {
      const config = getTableConfig(table);
      const columns = sqlite.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid`).all(config.name) as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      expect(columns.map((c) => c.name).sort(), config.name).toEqual(config.columns.map((c) => c.name).sort());
      for (const column of config.columns) {
        const found = columns.find((c) => c.name === column.name)!;
        expect(found.type.toLowerCase(), `${config.name}.${column.name}`).toBe(column.getSQLType().toLowerCase());
        expect(found.notnull === 1 || found.pk === 1, `${config.name}.${column.name} not null`).toBe(column.notNull);
      }
    }
    expect(sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(readMigrations(MIGRATIONS_FOLDER).length);
    sqlite.close();
  });

  it('enforces types and checks in the database itself', () => {
    const { sqlite } = openDatabase(join(temp.dir, 'strict.sqlite'), { create: true });
    migrate(sqlite, readMigrations(MIGRATIONS_FOLDER));
    expect(() => sqlite.prepare("INSERT INTO plan_periods (code, start_year, end_year) VALUES ('x', 'hai nghìn', 2030)").run()).toThrow(/cannot store TEXT/);
    expect(() => sqlite.prepare("INSERT INTO plan_periods (code, start_year, end_year) VALUES ('x', 2030, 2020)").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("INSERT INTO allocations (project_id, year, source_id) VALUES (999, 2026, 999)").run()).toThrow(/FOREIGN KEY/);
    sqlite.close();
  });

  it('refuses a file whose schema is newer than the app, and leaves it untouched', async () => {
    const host: InProcessHost = createInProcessHost({ dir: temp.dir });
    await host.call('file.openSample', {});
    const file = host.ctx.workspace.require().file;
    await host.call('file.close', {});
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    const envelope = await host.dispatch('file.openRecent', { id: (await host.call('app.getState', {})).recentFiles[0]!.id });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FILE_TOO_NEW', details: { schemaVersion: 99 } } });
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    host.cleanup();
  });

  it("refuses a stranger's SQLite database and a file that is not a database, writing nothing", () => {
    const stranger = join(temp.dir, 'stranger.sqlite');
    const db = new Database(stranger);
    db.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)');
    db.close();
    const garbage = join(temp.dir, 'garbage.sqlite');
    writeFileSync(garbage, 'PK\u0003\u0004 this is a zip, not a database '.repeat(100));
    const hashes = [sha(stranger), sha(garbage)];
    expect(() => inspectDataFile(stranger, 1)).toThrow(expect.objectContaining({ problem: 'NOT_OURS' }));
    expect(() => inspectDataFile(garbage, 1)).toThrow(expect.objectContaining({ problem: 'DAMAGED' }));
    expect([sha(stranger), sha(garbage)]).toEqual(hashes);
  });

  it('backs up before migrating a file with data, and rolls back a migration that breaks a foreign key', () => {
    const file = join(temp.dir, 'old.sqlite');
    const migrations = readMigrations(MIGRATIONS_FOLDER);
    const { sqlite } = openDatabase(file, { create: true });
    migrate(sqlite, migrations);
    sqlite.prepare("INSERT INTO plan_periods (code, start_year, end_year) VALUES ('2021-2025', 2021, 2025)").run();
    const backups: string[] = [];
    const next = [
      ...migrations,
      { index: migrations.length, tag: 'test_add_column', statements: ['ALTER TABLE plan_periods ADD COLUMN note text'] },
    ];
    const result = migrate(sqlite, next, {
      backup: (from) => {
        const target = join(temp.dir, `backup-v${from}.sqlite`);
        sqlite.prepare('VACUUM INTO ?').run(target);
        backups.push(target);
        return target;
      },
    });
    expect(result).toMatchObject({ from: migrations.length, to: migrations.length + 1 });
    expect(backups).toHaveLength(1);
    const copy = new Database(backups[0]!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    copy.close();

    const breaking = [
      ...next,
      {
        index: next.length,
        tag: 'test_breaks_fk',
        statements: ['INSERT INTO medium_term_allocations (project_id, period_id, source_id, amount_dong) VALUES (12345, 1, 1, 5)'],
      },
    ];
    expect(() => migrate(sqlite, breaking)).toThrow(DataFileError);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(next.length);
    expect(sqlite.prepare('SELECT count(*) AS n FROM medium_term_allocations').get()).toEqual({ n: 0 });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
    expect(readdirSync(temp.dir).filter((f) => f.startsWith('backup-'))).toHaveLength(1);
  });
});

describe('opening a file made by an older version', () => {
  it('backs the file up, migrates it and keeps its data', async () => {
    const temp = makeTempDir();
    const host = createInProcessHost({ dir: temp.dir });
    try {
      // A file exactly as the first release wrote it: only the first migration, with a profile and one institution.
      const file = join(temp.dir, 'ban-dau.sqlite');
      const { sqlite } = openDatabase(file, { create: true });
      migrate(sqlite, readMigrations(MIGRATIONS_FOLDER).slice(0, 1));
      sqlite
        .prepare(
          `INSERT INTO province_profile (id, name, place_name, superior_body, owning_department, owning_department_code,
             recipient_ministry, recipient_department, created_at)
           VALUES (1, 'Tỉnh Cũ', 'Cũ', 'UBND TỈNH CŨ', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'SGDĐT', 'Bộ GD&ĐT', 'Cục GDNN-GDTX', '2026-01-01')`,
        )
        .run();
      sqlite.exec(`INSERT INTO institution_types (code, name_vi, name_en) VALUES ('CD', 'Trường cao đẳng', 'College');
        INSERT INTO ownership_kinds (code, name_vi, name_en) VALUES ('CONG_LAP', 'Công lập', 'Public');
        INSERT INTO institutions (code, name, type_id, ownership_id) VALUES ('C01', 'Trường Cao đẳng Cũ', 1, 1);`);
      sqlite.close();

      host.platform.openAnswers.push(file);
      const { opened } = await host.call('file.openWithDialog', {});
      expect(opened).toMatchObject({ migratedFrom: 1, schemaVersion: readMigrations(MIGRATIONS_FOLDER).length });
      const backups = readdirSync(join(host.ctx.dataDirectory, 'backups')).filter((f) => f.endsWith('.sqlite'));
      expect(backups.length).toBeGreaterThanOrEqual(1);
      const before = backups.map((b) => new Database(join(host.ctx.dataDirectory, 'backups', b), { readonly: true }));
      expect(before.map((db) => db.pragma('user_version', { simple: true }))).toContain(1);
      before.forEach((db) => db.close());
      expect(host.ctx.workspace.require().sqlite.prepare('SELECT code, name FROM institutions').all()).toEqual([
        { code: 'C01', name: 'Trường Cao đẳng Cũ' },
      ]);
    } finally {
      host.cleanup();
      temp.cleanup();
    }
  });
});
