import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// Named plan versions: freezing, the snapshot's immutability, comparison project by project and source by source,
// and undo of a freeze (the name goes, the snapshot stays and is reused).

describe('plan versions', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const count = (table: string) => (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('freezes every figure, keeps it while the plan changes, and compares any two versions', async () => {
    const proposed = await host.call('capital.freezeVersion', { name: 'Dự kiến trình HĐND', note: 'Bản trình kỳ họp tháng 7' });
    // The fixture's 19 allocation rows; it has no medium-term plans yet.
    expect(proposed.version).toMatchObject({ name: 'Dự kiến trình HĐND', allocationRows: 19, mediumTermRows: 0, frozenBy: 'kiem-thu' });
    expect(proposed.reusedSnapshot).toBe(false);

    // The council raises DA-KCM 2026 to 1.500 and cuts DA-CT NSTW 2027 to 1.200; a new NSTW row for DA-DX 2027.
    await host.call('capital.applyMatrixEdits', {
      measure: 'planned',
      edits: [
        { id: fx.row('KCM', 'NSDP'), field: 'y2026', value: 1_500 * M },
        { id: fx.row('CT', 'NSTW'), field: 'y2027', value: 1_200 * M },
        { id: fx.row('DX', 'NSDP'), field: 'y2027', value: 300 * M },
      ],
      newRows: [],
    });
    const approved = await host.call('capital.freezeVersion', { name: 'HĐND thông qua' });

    // Frozen figures never move: the first version still holds 1.000 for DA-KCM 2026.
    const frozen = sqlite()
      .prepare('SELECT planned_dong AS p FROM plan_snapshot_allocations s JOIN plan_versions v ON v.snapshot_id = s.snapshot_id WHERE v.id = ? AND s.project_id = ? AND s.year = 2026')
      .get(proposed.version.id, fx.ids.KCM) as { p: number };
    expect(frozen.p).toBe(1_000 * M);

    const diff = await host.call('capital.compareVersions', { a: proposed.version.id, b: approved.version.id, measure: 'planned', onlyDifferences: true });
    expect(diff.byProject.map((r) => [r.projectCode, r.sourceCode, r.aDong, r.bDong, r.diffDong, r.changed])).toEqual([
      ['DA-CT', 'NSTW', 5_000 * M, 4_200 * M, -800 * M, { 2027: [2_000 * M, 1_200 * M] }],
      ['DA-DX', 'NSDP', 0, 300 * M, 300 * M, { 2027: [0, 300 * M] }],
      ['DA-KCM', 'NSDP', 2_000 * M, 2_500 * M, 500 * M, { 2026: [1_000 * M, 1_500 * M] }],
    ]);
    // By source: NSTW −800; NSĐP +500 + 300 = +800; the whole plan unchanged in total.
    expect(Object.fromEntries(diff.bySource.map((s) => [s.sourceCode, s.diffDong]))).toMatchObject({ NSTW: -800 * M, NSDP: 800 * M, ODA: 0 });
    expect(diff.total.diffDong).toBe(0);

    // The working figures against the approved version: identical until the next change.
    const same = await host.call('capital.compareVersions', { a: approved.version.id, b: null, measure: 'planned', onlyDifferences: true });
    expect(same.byProject).toEqual([]);
    // Only the years asked for.
    const only2026 = await host.call('capital.compareVersions', { a: proposed.version.id, b: null, measure: 'planned', fromYear: 2026, toYear: 2026, onlyDifferences: true });
    expect(only2026.byProject.map((r) => r.projectCode)).toEqual(['DA-KCM']);
  });

  it('undoes a freeze by removing the name only, and reuses the identical snapshot on the next freeze', async () => {
    const first = await host.call('capital.freezeVersion', { name: 'Giữa năm' });
    const snapshots = count('plan_snapshots');
    const snapshotRows = count('plan_snapshot_allocations');
    // The audit trail records the version row, not the 19 frozen figures.
    const auditRows = sqlite().prepare('SELECT DISTINCT table_name FROM audit_rows WHERE change_set_id = ?').all(first.changeSetId);
    expect(auditRows).toEqual([{ table_name: 'plan_versions' }]);

    await host.call('history.undo', {});
    expect(await host.call('capital.listVersions', {})).toEqual([]);
    expect(count('plan_snapshots')).toBe(snapshots);
    await host.call('history.redo', {});
    expect((await host.call('capital.listVersions', {})).map((v) => v.name)).toEqual(['Giữa năm']);

    const again = await host.call('capital.freezeVersion', { name: 'Giữa năm (bản 2)' });
    expect(again.reusedSnapshot).toBe(true);
    expect(count('plan_snapshot_allocations')).toBe(snapshotRows);
    await expect(host.call('capital.freezeVersion', { name: 'Giữa năm' })).rejects.toThrow(/Đã có phiên bản/);
    await host.call('capital.deleteVersion', { id: again.version.id });
    expect((await host.call('capital.listVersions', {})).map((v) => v.name)).toEqual(['Giữa năm']);
  });

  it('compares medium-term plans by period', async () => {
    const before = await host.call('capital.freezeVersion', { name: 'Trung hạn ban đầu' });
    await host.call('capital.applyMediumTermEdits', { edits: [{ id: fx.row('CT', 'NSTW'), field: 'm2026_2030', value: 4_000 * M }], newRows: [] });
    const diff = await host.call('capital.compareVersions', { a: before.version.id, b: null, measure: 'mediumTerm', onlyDifferences: true });
    expect(diff.columns).toEqual(['2026-2030']);
    expect(diff.byProject).toEqual([expect.objectContaining({ projectCode: 'DA-CT', sourceCode: 'NSTW', aDong: 0, bDong: 4_000 * M, changed: { '2026-2030': [0, 4_000 * M] } })]);
  });
});
