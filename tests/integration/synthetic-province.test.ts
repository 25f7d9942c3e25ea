import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { readMigrations } from '../../db/migrate';
import { indicators } from '../../db/reference/catalogue';
import {
  checkSyntheticSizes,
  populateSyntheticProvince,
  type SyntheticSizes,
  syntheticProvince,
} from '../../electron/services/sample/synthetic-province';
import { Workspace } from '../../electron/services/workspace';
import { makeTempDir } from '../support/temp';
import { createInProcessHost, MIGRATIONS_FOLDER } from '../support/test-host';

const author = { actor: 'kiem-thu', at: '2026-05-20T08:00:00.000Z' };

describe('synthetic province', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let workspace: Workspace;
  beforeEach(() => {
    temp = makeTempDir();
    workspace = new Workspace(readMigrations(MIGRATIONS_FOLDER), join(temp.dir, 'backups'));
  });
  afterEach(() => {
    workspace.close();
    temp.cleanup();
  });

  function generate(name: string, sizes: SyntheticSizes): { file: string; sqlite: Sqlite; label: string } {
    let label = '';
    const file = join(temp.dir, `${name}.sqlite`);
    workspace.create(file, syntheticProvince(), author, { populate: (sqlite) => (label = populateSyntheticProvince(sqlite, sizes)) });
    return { file, sqlite: workspace.require().sqlite, label };
  }
  const count = (sqlite: Sqlite, sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;

  it('makes exactly the sizes asked for, within every constraint', () => {
    const { sqlite, label } = generate('small', { institutions: 50, projects: 100 });
    expect(count(sqlite, 'SELECT count(*) AS n FROM institutions')).toBe(50);
    expect(count(sqlite, 'SELECT count(*) AS n FROM projects')).toBe(100);
    expect(label).toMatch(/^Tạo tỉnh tổng hợp: 50 cơ sở, 100 dự án/);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    // Defaults: allocations 2021–2030, indicator values 2022–2030 for every indicator.
    expect(count(sqlite, 'SELECT min(year) AS n FROM allocations')).toBe(2021);
    expect(count(sqlite, 'SELECT max(year) AS n FROM allocations')).toBe(2030);
    expect(count(sqlite, 'SELECT count(DISTINCT year) AS n FROM indicator_values')).toBe(9);
    expect(count(sqlite, 'SELECT count(DISTINCT indicator_id) AS n FROM indicator_values')).toBe(indicators.length);
    const active = count(sqlite, "SELECT count(*) AS n FROM institutions WHERE status = 'active'");
    expect(count(sqlite, "SELECT count(*) AS n FROM indicator_values v JOIN institutions i ON i.id = v.institution_id WHERE i.status = 'active'")).toBe(
      active * 9 * indicators.length,
    );
    expect(
      count(sqlite, 'SELECT count(*) AS n FROM allocations WHERE disbursed_dong > coalesce(adjusted_dong, planned_dong) OR disbursed_dong > planned_dong OR (year > 2026 AND disbursed_dong > 0)'),
    ).toBe(0);
    expect(count(sqlite, 'SELECT count(DISTINCT s.code) AS n FROM projects p JOIN lifecycle_stages s ON s.id = p.stage_id')).toBeGreaterThanOrEqual(6);
  });

  it('honours the year ranges and is deterministic for a seed', () => {
    const sizes: SyntheticSizes = { institutions: 20, projects: 30, allocationYears: [2024, 2026], indicatorYears: [2023, 2024], seed: 42 };
    const a = generate('a', sizes);
    expect(count(a.sqlite, 'SELECT min(year) AS n FROM allocations')).toBe(2024);
    expect(count(a.sqlite, 'SELECT max(year) AS n FROM allocations')).toBe(2026);
    expect(count(a.sqlite, 'SELECT count(DISTINCT year) AS n FROM indicator_values')).toBe(2);
    const rows = (sqlite: Sqlite) => sqlite.prepare('SELECT * FROM allocations ORDER BY id').all();
    const first = rows(a.sqlite);
    workspace.close();
    const b = generate('b', sizes);
    expect(rows(b.sqlite)).toEqual(first);
    workspace.close();
    const c = generate('c', { ...sizes, seed: 43 });
    expect(rows(c.sqlite)).not.toEqual(first);
  });

  it('serves every register through the contract', async () => {
    const { file } = generate('served', { institutions: 40, projects: 60 });
    workspace.close();
    const host = createInProcessHost();
    try {
      host.platform.openAnswers.push(file);
      const { opened } = await host.call('file.openWithDialog', {});
      expect(opened?.isSample).toBe(false);
      const summary = await host.call('overview.getSummary', {});
      expect(summary.institutions.total).toBe(40);
      expect(summary.projects.total).toBe(60);
      expect((await host.call('institutions.list', { limit: 10 })).total).toBe(40);
      expect((await host.call('projects.list', { limit: 10 })).total).toBe(60);
      expect((await host.call('capital.listByYearAndSource', {})).length).toBeGreaterThan(0);
      expect((await host.call('roadmap.listMilestones', {})).length).toBeGreaterThan(0);
      await host.call('targets.list', {});
    } finally {
      host.cleanup();
    }
  });

  it('refuses sizes it cannot make', () => {
    expect(() => checkSyntheticSizes({ institutions: -1, projects: 1 })).toThrow(RangeError);
    expect(() => checkSyntheticSizes({ institutions: 1.5, projects: 1 })).toThrow(RangeError);
    expect(() => checkSyntheticSizes({ institutions: 1, projects: 1, allocationYears: [2010, 2020] })).toThrow(RangeError);
    expect(() => checkSyntheticSizes({ institutions: 1, projects: 1, indicatorYears: [2026, 2022] })).toThrow(RangeError);
  });
});
