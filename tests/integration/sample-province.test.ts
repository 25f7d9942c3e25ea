import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { readMigrations } from '../../db/migrate';
import * as catalogue from '../../db/reference/catalogue';
import { populateSampleProvince, sampleProvince } from '../../electron/services/sample/sample-province';
import { Workspace } from '../../electron/services/workspace';
import { makeTempDir } from '../support/temp';
import { createInProcessHost, type InProcessHost, MIGRATIONS_FOLDER } from '../support/test-host';

const codes = (list: readonly { code: string }[]) => list.map((x) => x.code).sort();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every table's rows in rowid order: two files with equal dumps hold the same data. */
function dumpTables(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('sample province', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;

  beforeAll(async () => {
    host = createInProcessHost();
    const opened = await host.call('file.openSample', {});
    expect(opened.isSample).toBe(true);
    sqlite = host.ctx.workspace.require().sqlite;
  });
  afterAll(() => host.cleanup());

  it('is a fictional merged province, labelled as sample data, reporting to MOET', async () => {
    const profile = await host.call('profile.get', {});
    expect(profile.name).toContain('dữ liệu mẫu');
    expect(profile.isSample).toBe(true);
    expect(profile).toMatchObject({
      superiorBody: 'UBND TỈNH SÔNG LAM',
      owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      owningDepartmentCode: 'SGDĐT',
      recipientMinistry: catalogue.DEFAULT_RECIPIENT.ministry,
      recipientDepartment: catalogue.DEFAULT_RECIPIENT.department,
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signingAuthority: 'KT. GIÁM ĐỐC',
      documentCode: 'BC-SGDĐT',
    });
    expect(profile.signerName).not.toBe('');
    expect(profile.predecessors).toHaveLength(2);
    expect(profile.predecessors.every((p) => p.mergedOn === '2025-07-01')).toBe(true);
    const baseline = one<{ label: string; state: string }>("SELECT label, state FROM change_sets WHERE action = 'file.create'");
    expect(baseline.state).toBe('final');
    expect(baseline.label).toMatch(/^Tạo tỉnh mẫu: 40 cơ sở, 26 dự án/);
  });

  it('has 35–45 institutions of every type and ownership, with merged, dissolved and re-governed ones', async () => {
    const page = await host.call('institutions.list', { limit: 500 });
    expect(page.total).toBeGreaterThanOrEqual(35);
    expect(page.total).toBeLessThanOrEqual(45);
    expect([...new Set(page.rows.map((r) => r.typeCode))].sort()).toEqual(codes(catalogue.institutionTypes));
    expect([...new Set(page.rows.map((r) => r.ownershipCode))].sort()).toEqual(codes(catalogue.ownershipKinds));
    expect(page.rows.every((r) => r.commune && /^(Xã|Phường) /.test(r.commune))).toBe(true);

    const merged = all<{ successor_id: number | null; successor_status: string }>(
      "SELECT i.successor_id, s.status AS successor_status FROM institutions i LEFT JOIN institutions s ON s.id = i.successor_id WHERE i.status = 'merged'",
    );
    expect(merged.length).toBeGreaterThanOrEqual(2);
    expect(merged.every((m) => m.successor_id !== null && m.successor_status === 'active')).toBe(true);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM institutions WHERE status = 'dissolved' AND status_changed_on IS NOT NULL").n).toBe(1);
    // Every closed institution has its event, dated as its status change, linking it (and a successor) as the lifecycle actions do.
    const unrecorded = all<{ id: number }>(
      `SELECT i.id FROM institutions i WHERE i.status IN ('merged', 'dissolved') AND NOT EXISTS (
         SELECT 1 FROM institution_event_links l JOIN institution_events e ON e.id = l.event_id
         WHERE l.institution_id = i.id AND l.role = 'source' AND e.occurred_on = i.status_changed_on
           AND e.kind = CASE i.status WHEN 'merged' THEN 'merge' ELSE 'dissolve' END
           AND (i.successor_id IS NULL OR EXISTS (SELECT 1 FROM institution_event_links r WHERE r.event_id = e.id AND r.role = 'result' AND r.institution_id = i.successor_id)))`,
    );
    expect(unrecorded).toEqual([]);

    // Former district centres passed from the district UBND to the provincial education department on 01/07/2025.
    const moved = all<{ institution_id: number }>(
      `SELECT a.institution_id FROM institution_governance a JOIN institution_governance b ON b.institution_id = a.institution_id
       WHERE a.governing_body LIKE 'UBND huyện%' AND a.valid_to = '2025-06-30'
         AND b.governing_body LIKE 'Sở Giáo dục và Đào tạo%' AND b.valid_from = '2025-07-01' AND b.valid_to IS NULL`,
    );
    expect(moved.length).toBeGreaterThanOrEqual(5);
    const overlapping = one<{ n: number }>(
      `SELECT count(*) AS n FROM institution_governance a JOIN institution_governance b ON a.institution_id = b.institution_id AND a.id < b.id
       WHERE a.valid_from <= coalesce(b.valid_to, '9999') AND b.valid_from <= coalesce(a.valid_to, '9999')`,
    );
    expect(overlapping.n).toBe(0);
  });

  it('has 20–30 projects across every lifecycle stage, with legal bases and funding by source', async () => {
    const page = await host.call('projects.list', { limit: 500 });
    expect(page.total).toBeGreaterThanOrEqual(20);
    expect(page.total).toBeLessThanOrEqual(30);
    expect([...new Set(page.rows.map((r) => r.stageCode))].sort()).toEqual(codes(catalogue.lifecycleStages));
    for (const row of page.rows) {
      expect(row.totalInvestmentDong).toBeGreaterThanOrEqual(2_000_000_000);
      expect(row.totalInvestmentDong).toBeLessThanOrEqual(80_000_000_000);
      expect(Number.isInteger(row.totalInvestmentDong)).toBe(true);
      expect(row.taskGroupCode).not.toBeNull();
    }
    const events = all<{ project_id: number; decision_number: string | null; decision_date: string | null; issuing_body: string | null }>(
      'SELECT project_id, decision_number, decision_date, issuing_body FROM project_stage_events',
    );
    const withoutBasis = events.filter((e) => e.decision_number === null);
    expect(withoutBasis.length).toBeGreaterThanOrEqual(1);
    expect(withoutBasis.length).toBeLessThanOrEqual(2);
    for (const e of events.filter((x) => x.decision_number !== null)) {
      expect(e.decision_number).toMatch(/^\d+\/\p{L}+-\p{L}+$/u);
      expect(e.decision_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.issuing_body).toBeTruthy();
    }
    expect(new Set(events.map((e) => e.project_id)).size).toBe(page.total);
    expect(one<{ n: number }>('SELECT count(DISTINCT project_id) AS n FROM project_key_tasks').n).toBe(page.total);
    const keyTasks = one<{ n: number }>('SELECT count(*) AS n FROM key_tasks').n;
    expect(keyTasks).toBeGreaterThanOrEqual(6);
    expect(keyTasks).toBeLessThanOrEqual(10);
    const sourcesUsed = all<{ code: string }>('SELECT DISTINCT s.code FROM project_funding f JOIN capital_sources s ON s.id = f.source_id').map((r) => r.code);
    expect(sourcesUsed).toEqual(expect.arrayContaining(['NSTW', 'NSDP', 'ODA', 'XHH']));
  });

  it('allocates capital 2021–2030 within project years, disbursing no more than planned and nothing in future years', async () => {
    const cells = await host.call('capital.listByYearAndSource', {});
    expect([...new Set(cells.map((c) => c.year))].sort()).toEqual(range(2021, 2030));
    const bad = all(
      `SELECT a.* FROM allocations a JOIN projects p ON p.id = a.project_id
       WHERE a.year NOT BETWEEN p.start_year AND p.end_year
          OR a.disbursed_dong > a.planned_dong OR a.disbursed_dong > coalesce(a.adjusted_dong, a.planned_dong)
          OR (a.year > 2026 AND a.disbursed_dong > 0)
          OR (a.disbursed_dong > 0) <> (a.disbursed_on IS NOT NULL)
          OR a.planned_dong % 1000000 <> 0`,
    );
    expect(bad).toEqual([]);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM allocations WHERE adjusted_dong IS NOT NULL').n).toBeGreaterThan(0);
    const periods = all<{ code: string }>('SELECT DISTINCT p.code FROM medium_term_allocations m JOIN plan_periods p ON p.id = m.period_id ORDER BY 1');
    expect(periods.map((p) => p.code)).toEqual(['2021-2025', '2026-2030']);
    // Some approved projects are short of capital: the planner has a gap to close.
    const gaps = all<{ code: string }>(
      `SELECT p.code FROM projects p JOIN lifecycle_stages s ON s.id = p.stage_id
       WHERE s.code IN ('INVESTMENT_DECISION', 'IMPLEMENTING')
         AND (SELECT sum(amount_dong) FROM project_funding f WHERE f.project_id = p.id)
           > (SELECT coalesce(sum(planned_dong), 0) FROM allocations a WHERE a.project_id = p.id)`,
    );
    expect(gaps.length).toBeGreaterThanOrEqual(2);
  });

  it('holds indicator values 2022–2026 for every active institution and indicator, consistent and rising', async () => {
    const summary = await host.call('overview.getSummary', {});
    expect(summary.assessmentYears.map((y) => y.year)).toEqual(range(2022, 2026));
    const active = one<{ n: number }>("SELECT count(*) AS n FROM institutions WHERE status = 'active'").n;
    const complete = all<{ year: number; n: number }>(
      `SELECT v.year, count(DISTINCT v.institution_id) AS n FROM indicator_values v JOIN institutions i ON i.id = v.institution_id
       WHERE i.status = 'active' GROUP BY v.year HAVING count(*) = count(DISTINCT v.institution_id) * ?`,
      catalogue.indicators.length,
    );
    expect(complete.map((c) => c.year)).toEqual(range(2022, 2026));
    for (const c of complete.filter((x) => x.year <= 2025)) expect(c.n).toBe(active);
    expect(complete.find((c) => c.year === 2026)?.n).toBeLessThan(active);

    const inconsistent = all(
      `WITH f AS (
         SELECT v.institution_id, v.year,
           max(CASE WHEN x.code = 'teachers_total' THEN v.value END) AS teachers,
           max(CASE WHEN x.code = 'managers_total' THEN v.value END) AS managers,
           max(CASE WHEN x.code = 'staff_trained_digital' THEN v.value END) AS trained,
           max(CASE WHEN x.code = 'teachers_trained_materials' THEN v.value END) AS materials,
           max(CASE WHEN x.code = 'programmes_total' THEN v.value END) AS programmes,
           max(CASE WHEN x.code = 'programmes_digital_outcomes' THEN v.value END) AS digital,
           max(CASE WHEN x.code = 'it_programmes_total' THEN v.value END) AS it,
           max(CASE WHEN x.code = 'it_programmes_updated' THEN v.value END) AS updated
         FROM indicator_values v JOIN indicators x ON x.id = v.indicator_id GROUP BY 1, 2)
       SELECT * FROM f WHERE trained > teachers + managers OR materials > teachers OR digital > programmes
         OR updated > it OR it > programmes OR teachers < 1`,
    );
    expect(inconsistent).toEqual([]);
    const yesNo = all<{ value: number }>(
      "SELECT DISTINCT v.value FROM indicator_values v JOIN indicators x ON x.id = v.indicator_id WHERE x.unit = 'yesno' ORDER BY 1",
    );
    expect(yesNo.map((v) => v.value)).toEqual([0, 1]);
    const a1 = all<{ year: number; pct: number }>(
      `SELECT v.year, 100.0 * sum(CASE WHEN x.code = 'staff_trained_digital' THEN v.value END)
         / sum(CASE WHEN x.code IN ('teachers_total', 'managers_total') THEN v.value END) AS pct
       FROM indicator_values v JOIN indicators x ON x.id = v.indicator_id GROUP BY v.year ORDER BY v.year`,
    );
    for (let i = 1; i < a1.length; i++) expect(a1[i]!.pct).toBeGreaterThan(a1[i - 1]!.pct);
    // 2025: above the national 50%, short of the province's own 70%: the story the sample tells.
    const a1In2025 = a1.find((r) => r.year === 2025)!.pct;
    expect(a1In2025).toBeGreaterThan(50);
    expect(a1In2025).toBeLessThan(70);

    const states = all<{ year: number; state: string }>('SELECT DISTINCT year, state FROM assessments ORDER BY year, state');
    expect(states.filter((s) => s.year <= 2025).every((s) => s.state === 'approved')).toBe(true);
    expect(states.filter((s) => s.year === 2026).map((s) => s.state)).toEqual(['draft', 'submitted']);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM (SELECT DISTINCT institution_id, year FROM indicator_values)').n).toBe(
      one<{ n: number }>('SELECT count(*) AS n FROM assessments').n,
    );
  });

  it('adds stricter provincial targets and trajectories', async () => {
    const targets = await host.call('targets.list', {});
    const provincial = targets.filter((t) => t.scope === 'provincial');
    expect(provincial.length).toBeGreaterThanOrEqual(1);
    const a1 = targets.find((t) => t.code === 'a1')!;
    const a1Province = targets.find((t) => t.code === 'a1_tinh')!;
    const in2025 = (t: typeof a1) => t.values.find((v) => v.year === 2025)?.percent ?? 0;
    expect(in2025(a1Province)).toBeGreaterThan(in2025(a1));
    expect(a1Province.sourceDocument).toMatch(/KH-UBND/);
    const trajectories = all<{ code: string; years: string }>(
      `SELECT t.code, group_concat(v.year) AS years FROM target_values v JOIN targets t ON t.id = v.target_id
       WHERE v.is_trajectory = 1 GROUP BY t.code ORDER BY t.code`,
    );
    expect(trajectories.length).toBeGreaterThanOrEqual(2);
    for (const t of trajectories) expect(t.years.split(',').map(Number)).toEqual(range(2026, 2029));
  });

  it('has roadmap milestones 2022–2030 of every status, linked to targets, tasks and projects, and awareness activities', async () => {
    const milestones = await host.call('roadmap.listMilestones', {});
    expect(Math.min(...milestones.map((m) => m.year))).toBe(2022);
    expect(Math.max(...milestones.map((m) => m.year))).toBe(2030);
    expect(new Set(milestones.map((m) => m.status))).toEqual(new Set(['planned', 'on_track', 'at_risk', 'met', 'missed', null]));
    const links = one<{ t: number; k: number; p: number }>(
      'SELECT count(target_id) AS t, count(key_task_id) AS k, count(project_id) AS p FROM milestones',
    );
    expect(links.t).toBeGreaterThan(0);
    expect(links.k).toBeGreaterThan(0);
    expect(links.p).toBeGreaterThan(0);
    const kinds = all<{ kind: string }>('SELECT DISTINCT kind FROM awareness_activities ORDER BY 1').map((k) => k.kind);
    expect(kinds).toEqual(['conference', 'media', 'training', 'workshop']);
    const summary = await host.call('overview.getSummary', {});
    expect(summary.awarenessActivities).toBeGreaterThanOrEqual(8);
  });

  it('passes the database checks', () => {
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('comes out identical on every generation', () => {
    const temp = makeTempDir();
    try {
      const workspace = new Workspace(readMigrations(MIGRATIONS_FOLDER), join(temp.dir, 'backups'));
      const author = { actor: 'kiem-thu', at: '2026-05-20T08:00:00.000Z' };
      const dumps = ['a', 'b'].map((name) => {
        workspace.create(join(temp.dir, `${name}.sqlite`), sampleProvince, author, { isSample: true, populate: populateSampleProvince });
        const dump = dumpTables(workspace.require().sqlite);
        workspace.close();
        return dump;
      });
      expect(dumps[0]!.institutions).toHaveLength(40);
      expect(dumps[1]).toEqual(dumps[0]);
    } finally {
      temp.cleanup();
    }
  });
});
