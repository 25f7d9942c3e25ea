import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// The funding gap and the disbursement pace on the hand-built fixture (capital-fixture.ts), every expected figure
// worked out in the comments from the definitions in db/queries/funding-gap.ts and checks/pace.ts.

describe('funding gap on the fixture', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  it('finds exactly the three uncovered needs, per year and source', async () => {
    const gap = await host.call('capital.fundingGap', {});
    // DA-HT NSĐP: need 9.000 over 2023–2025 → shares 3.000 / 3.000 / 3.000; allocated T = 3.000 + 3.000 + 2.500
    //   (2025 adjusted down from 4.000) = 8.500. Cumulative shares 3.000, 6.000, 9.000 minus T: only 2025 is
    //   uncovered, by min(3.000, 9.000 − 8.500) = 500.
    // DA-CT NSTW: need 8.000 over 2025–2028 → 2.000 a year; T = 1.000 + 2.000 + 2.000 = 5.000.
    //   2025: 2.000 − 5.000 < 0 → 0 · 2026: 4.000 − 5.000 < 0 → 0 · 2027: min(2.000, 6.000 − 5.000) = 1.000
    //   · 2028: min(2.000, 8.000 − 5.000) = 2.000. Total 3.000 = 8.000 − 5.000.
    // DA-CT NSĐP: need 4.000, T = 4 × 1.000 = 4.000 → no gap.
    // DA-KCM NSĐP: need 2.000, T = 2.000 → no gap.
    // DA-ODA ODA: need 8.000, T = 8.000 → none. NSĐP (counterpart): need 2.000 over 2024–2027 → 500 a year;
    //   T = 1.500 → 2027: min(500, 2.000 − 1.500) = 500.
    // DA-HUY (cancelled) and DA-DX (proposed) are not approved projects: no gap whatever their allocations.
    expect(gap.totalDong).toBe((500 + 3_000 + 500) * M);
    const byProject = Object.fromEntries(gap.projects.map((p) => [`${p.projectCode}|${p.sourceCode}`, p]));
    expect(Object.keys(byProject).sort()).toEqual(['DA-CT|NSTW', 'DA-HT|NSDP', 'DA-ODA|NSDP']);
    expect(byProject['DA-HT|NSDP']).toMatchObject({ needDong: 9_000 * M, allocatedDong: 8_500 * M, gapDong: 500 * M, byYear: { 2025: 500 * M } });
    expect(byProject['DA-CT|NSTW']).toMatchObject({ needDong: 8_000 * M, allocatedDong: 5_000 * M, gapDong: 3_000 * M, byYear: { 2027: 1_000 * M, 2028: 2_000 * M } });
    expect(byProject['DA-ODA|NSDP']!.byYear).toEqual({ 2027: 500 * M });
    // Per year and source: 2025 NSĐP 500 · 2027 NSĐP 500, NSTW 1.000 · 2028 NSTW 2.000.
    expect(gap.byYearSource).toEqual([
      { year: 2025, sourceCode: 'NSDP', gapDong: 500 * M },
      { year: 2027, sourceCode: 'NSDP', gapDong: 500 * M },
      { year: 2027, sourceCode: 'NSTW', gapDong: 1_000 * M },
      { year: 2028, sourceCode: 'NSTW', gapDong: 2_000 * M },
    ]);
    const charts = await host.call('capital.charts', { fromYear: 2025, toYear: 2028 });
    expect(charts.gapByYear).toEqual([
      { year: 2025, gapDong: 500 * M },
      { year: 2026, gapDong: 0 },
      { year: 2027, gapDong: 1_500 * M },
      { year: 2028, gapDong: 2_000 * M },
    ]);
  });

  it('closes a gap when capital is planned for it, in any year, and opens it again on undo', async () => {
    // Planning 1.000 more NSTW for DA-CT in 2028: T = 6.000 → the 2027 share is covered (6.000 ≥ 6.000) and 2028
    // is short by 8.000 − 6.000 = 2.000.
    await host.call('capital.applyMatrixEdits', { measure: 'planned', edits: [{ id: fx.row('CT', 'NSTW'), field: 'y2028', value: 1_000 * M }], newRows: [] });
    let gap = await host.call('capital.fundingGap', {});
    expect(gap.projects.find((p) => p.projectCode === 'DA-CT')!.byYear).toEqual({ 2028: 2_000 * M });
    const matrix = await host.call('capital.matrix', { offset: 0, limit: 50, measure: 'allocated', fromYear: 2026, toYear: 2028, filters: { projectId: [fx.ids.CT] } });
    expect(matrix.rows.find((r) => r.sourceCode === 'NSTW')).toMatchObject({ gapDong: 2_000 * M, total: 5_000 * M });
    await host.call('history.undo', {});
    gap = await host.call('capital.fundingGap', {});
    expect(gap.projects.find((p) => p.projectCode === 'DA-CT')!.gapDong).toBe(3_000 * M);
  });

  it('filters the matrix to the rows with a gap in a year', async () => {
    const matrix = await host.call('capital.matrix', { offset: 0, limit: 50, measure: 'allocated', fromYear: 2026, toYear: 2030, filters: { gapYear: [2027] } });
    expect(matrix.rows.map((r) => `${r.projectCode}|${r.sourceCode}`).sort()).toEqual(['DA-CT|NSTW', 'DA-ODA|NSDP']);
  });
});

describe('disbursement pace on the fixture', () => {
  let host: InProcessHost;
  beforeEach(async () => {
    host = createInProcessHost();
    await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  const pace = async (asOf: string) => {
    const checks = await host.call('capital.checks', { year: 2026, asOf });
    return { share: checks.expectedPaceShare, behind: checks.issues.filter((i) => i.kind === 'paceBehind') };
  };

  it('expects whole months ÷ 12 of the allocation and flags projects below it', async () => {
    // 10/07/2026: six whole months of 2026 are complete → 6/12 = 50 % expected.
    //   DA-CT: allocated 2.000 (NSTW) + 1.000 (NSĐP) = 3.000, expected 1.500, disbursed 500 + 600 = 1.100 → behind by 400.
    //   DA-KCM: allocated 1.000, expected 500, disbursed 700 → on pace.
    //   DA-ODA: allocated 2.000 (ODA) + 500 (NSĐP) = 2.500, expected 1.250, disbursed 900 + 100 = 1.000 → behind by 250.
    const july = await pace('2026-07-10');
    expect(july.share).toBe(0.5);
    expect(july.behind.map((i) => [i.projectCode, i.amountDong, i.referenceDong])).toEqual([
      ['DA-CT', 1_100 * M, 1_500 * M],
      ['DA-ODA', 1_000 * M, 1_250 * M],
    ]);
    expect(july.behind.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('expects nothing in January and everything once the year is over', async () => {
    // 15/01/2026: no whole month complete → nothing expected, nobody behind.
    expect(await pace('2026-01-15')).toEqual({ share: 0, behind: [] });
    // 01/03/2027: all of 2026 expected and the deadline (31/01/2027) has passed: every project short is an error.
    //   DA-CT 1.100 of 3.000 · DA-KCM 700 of 1.000 · DA-ODA 1.000 of 2.500.
    const after = await pace('2027-03-01');
    expect(after.share).toBe(1);
    expect(after.behind.map((i) => [i.projectCode, i.severity, i.referenceDong])).toEqual([
      ['DA-CT', 'error', 3_000 * M],
      ['DA-KCM', 'error', 1_000 * M],
      ['DA-ODA', 'error', 2_500 * M],
    ]);
  });
});
