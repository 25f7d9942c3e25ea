import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// The annual matrix and the medium-term grid: reading pages and totals, and bad input refused or warned per cell
// with the reason, the accepted cells written as one undoable change and nothing else touched.

describe('the annual capital matrix', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const allocationsNow = () => sqlite().prepare('SELECT * FROM allocations ORDER BY id').all();
  const changeSets = () => (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n;

  it('shows project × source rows with year cells, row totals and totals over the whole view', async () => {
    const page = await host.call('capital.matrix', { offset: 0, limit: 100, measure: 'allocated', fromYear: 2025, toYear: 2028 });
    expect(page.years).toEqual([2025, 2026, 2027, 2028]);
    const ct = page.rows.find((r) => r.projectCode === 'DA-CT' && r.sourceCode === 'NSTW')!;
    expect(ct).toMatchObject({ id: fx.row('CT', 'NSTW'), fundingDong: 8_000 * M, total: 5_000 * M, gapDong: 3_000 * M });
    expect(ct.cells).toEqual({ y2025: 1_000 * M, y2026: 2_000 * M, y2027: 2_000 * M, y2028: null });
    // The cancelled project's row is there, locked; the proposed one has its funding row and no capital.
    expect(page.rows.find((r) => r.projectCode === 'DA-HUY')!.locked).toContain('hủy bỏ');
    const totals = await host.call('capital.matrixTotals', { measure: 'allocated', fromYear: 2025, toYear: 2028 });
    // 2026: DA-CT 2.000 + 1.000, DA-KCM 1.000, DA-ODA 2.000 + 500 = 6.500.
    expect(totals.y2026).toBe(6_500 * M);
    // 2025: DA-HT 2.500 (adjusted), DA-CT 1.000 + 1.000, DA-ODA 2.000 + 500 = 7.000.
    expect(totals.y2025).toBe(7_000 * M);
    const sources = await host.call('capital.sourceTotals', { measure: 'allocated', fromYear: 2025, toYear: 2028 });
    expect(sources.rows.find((r) => r.sourceCode === 'NSDP')!.cells.y2026).toBe(2_500 * M);
    expect(sources.totals.total).toBe(totals.total);
  });

  it('refuses bad cells with their reason and writes the good ones as one change', async () => {
    const before = allocationsNow();
    const sets = changeSets();
    const result = await host.call('capital.applyMatrixEdits', {
      measure: 'planned',
      edits: [
        { id: fx.row('CT', 'NSDP'), field: 'y2029', value: -5 * M },
        { id: fx.row('CT', 'NSDP'), field: 'y2028', value: 'một nghìn' },
        { id: fx.row('CT', 'NSDP'), field: 'y2031', value: 100 * M },
        { id: fx.row('HUY', 'NSDP'), field: 'y2026', value: 100 * M },
        { id: fx.row('KCM', 'NSDP'), field: 'y2027', value: '1.200,5' },
      ],
      newRows: [],
    });
    const reasons = Object.fromEntries(result.rejected.map((r) => [`${r.id}|${r.field}`, `${r.code}: ${r.message}`]));
    expect(reasons[`${fx.row('CT', 'NSDP')}|y2029`]).toMatch(/INVALID: .*không được âm/);
    expect(reasons[`${fx.row('CT', 'NSDP')}|y2028`]).toMatch(/INVALID: .*không phải là số/);
    expect(reasons[`${fx.row('CT', 'NSDP')}|y2031`]).toMatch(/INVALID: Năm 2031 nằm ngoài các kỳ kế hoạch \(2021–2025, 2026–2030\)/);
    expect(reasons[`${fx.row('HUY', 'NSDP')}|y2026`]).toMatch(/LOCKED: Dự án đã hủy bỏ/);
    expect(result.applied).toBe(1);
    expect(changeSets()).toBe(sets + 1);
    // "1.200,5" is triệu đồng as a planner types it: 1.200.500.000 đồng, and nothing else moved.
    const after = allocationsNow() as { project_id: number; year: number; planned_dong: number }[];
    expect(after.find((a) => a.project_id === fx.ids.KCM && a.year === 2027)!.planned_dong).toBe(1_200_500_000);
    expect(after.filter((a) => !(a.project_id === fx.ids.KCM && a.year === 2027))).toEqual(
      (before as typeof after).filter((a) => !(a.project_id === fx.ids.KCM && a.year === 2027)),
    );
    await host.call('history.undo', {});
    expect(allocationsNow()).toEqual(before);
  });

  it('writes nothing when every cell is bad', async () => {
    const sets = changeSets();
    const result = await host.call('capital.applyMatrixEdits', {
      measure: 'disbursed',
      edits: [{ id: fx.row('CT', 'NSTW'), field: 'y2026', value: -1 }],
      newRows: [],
    });
    expect(result).toMatchObject({ applied: 0, changeSetId: null });
    expect(changeSets()).toBe(sets);
  });

  it('warns about a source the project does not use, a year outside it, and capital beyond its share', async () => {
    const result = await host.call('capital.applyMatrixEdits', {
      measure: 'planned',
      edits: [
        { id: fx.row('KCM', 'NSTW'), field: 'y2026', value: 300 * M },
        { id: fx.row('KCM', 'NSDP'), field: 'y2029', value: 400 * M },
      ],
      newRows: [],
    });
    expect(result.rejected).toEqual([]);
    const warning = (row: number, field: string) => result.warnings.find((w) => w.id === row && w.field === field)?.message ?? '';
    expect(warning(fx.row('KCM', 'NSTW'), 'y2026')).toContain('không có nguồn NSTW');
    // DA-KCM NSĐP: 1.000 + 1.000 + 400 = 2.400 against a share of 2.000; 2029 is after its years 2026–2027.
    expect(warning(fx.row('KCM', 'NSDP'), 'y2029')).toContain('ngoài thời gian thực hiện 2026–2027');
    expect(warning(fx.row('KCM', 'NSDP'), 'y2029')).toContain('vượt phần vốn của nguồn 2.000 triệu đồng');
    const checks = await host.call('capital.checks', { year: 2026, asOf: '2026-07-10' });
    const kinds = checks.issues.filter((i) => i.projectCode === 'DA-KCM').map((i) => i.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['overSource', 'overTotal', 'sourceNotUsed', 'yearOutsideProject']));
  });

  it('adds a row for a project and source through newRows, and removes an allocation row emptied to nothing', async () => {
    const result = await host.call('capital.applyMatrixEdits', {
      measure: 'planned',
      edits: [],
      newRows: [{ projectCode: 'da-dx', sourceCode: 'NSDP', y2027: 250 * M }, { projectCode: 'DA-KHONG', sourceCode: 'NSDP', y2027: 1 }],
    });
    expect(result.insertedIds).toEqual([fx.row('DX', 'NSDP')]);
    expect(result.rejected).toEqual([expect.objectContaining({ id: -2, field: 'projectCode' })]);
    const count = () => (sqlite().prepare('SELECT count(*) AS n FROM allocations WHERE project_id = ?').get(fx.ids.DX) as { n: number }).n;
    expect(count()).toBe(1);
    await host.call('capital.applyMatrixEdits', { measure: 'planned', edits: [{ id: fx.row('DX', 'NSDP'), field: 'y2027', value: null }], newRows: [] });
    expect(count()).toBe(0);
  });

  it('refuses editing the derived "allocated" measure', async () => {
    const result = await host.call('capital.applyMatrixEdits', { measure: 'allocated', edits: [{ id: fx.row('CT', 'NSTW'), field: 'y2026', value: 1 }], newRows: [] });
    expect(result.rejected[0]).toMatchObject({ code: 'READ_ONLY' });
  });
});

describe('the medium-term plan', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  it('edits amounts per project, source and period beside the allocations of the period', async () => {
    const result = await host.call('capital.applyMediumTermEdits', {
      edits: [
        { id: fx.row('CT', 'NSTW'), field: 'm2026_2030', value: 4_000 * M },
        { id: fx.row('CT', 'NSTW'), field: 'a2026_2030', value: 1 },
        { id: fx.row('HUY', 'NSDP'), field: 'm2021_2025', value: 10 * M },
      ],
      newRows: [],
    });
    expect(result.applied).toBe(1);
    expect(result.rejected.map((r) => r.code).sort()).toEqual(['LOCKED', 'READ_ONLY']);
    const page = await host.call('capital.mediumTerm', { offset: 0, limit: 100, filters: { projectId: [fx.ids.CT] } });
    const row = page.rows.find((r) => r.sourceCode === 'NSTW')!;
    // 2026–2030 allocations of DA-CT NSTW: 2.000 (2026) + 2.000 (2027) = 4.000, equal to the plan: no warning.
    expect(row.cells).toMatchObject({ m2026_2030: 4_000 * M, a2026_2030: 4_000 * M, a2021_2025: 1_000 * M });
    expect(row.warnings).toEqual({});
    await host.call('capital.applyMediumTermEdits', { edits: [{ id: fx.row('CT', 'NSTW'), field: 'm2026_2030', value: 3_000 * M }], newRows: [] });
    const checks = await host.call('capital.checks', { year: 2026, asOf: '2026-07-10' });
    expect(checks.issues.find((i) => i.kind === 'overMediumTerm' && i.projectCode === 'DA-CT')).toMatchObject({ amountDong: 4_000 * M, referenceDong: 3_000 * M });
  });
});
