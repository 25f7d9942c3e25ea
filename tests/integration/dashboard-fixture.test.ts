import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './assessment-fixture';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The dashboard and the trajectories on the small hand-built province of assessment-fixture.ts, every figure
// worked out by hand in the comments (national targets only: the reference values of Decision 2222).
//
// 2026 figures (from the fixture):   teachers managers trained materials progs digital it it_upd connected digitised
//   CD1 (college)                        200      30      115      80      40     30     5    4       1         1
//   TC1 (intermediate school)             60      15       30      30      12      6     2    0       0         1
//   TT1 (VET centre)                      12       3       15       2       6      6     –    –       1         0
//   TT2 (VET centre)                  nothing · TC2 merged into CD1 in 2025: not in 2026
// 2024: CD1 trained 50 of 180 + 30; TC2 trained 20 of 40 + 10. 2025: CD1 teachers 50 only.

describe('dashboard on the hand-built province', () => {
  let host: InProcessHost;
  let fx: Fixture;
  beforeAll(async () => {
    host = createInProcessHost();
    fx = await createFixture(host);
    host.ctx.clock = { now: () => new Date('2026-11-30T03:00:00.000Z') };
  });
  afterAll(() => host.cleanup());

  it('picks the latest year with figures and works out the attainment tiles by hand', async () => {
    const s = await host.call('dashboard.getSummary', {});
    expect(s).toMatchObject({ year: 2026, latestAssessmentYear: 2026, years: [2024, 2025, 2026], asOf: '2026-11-30', isSample: false });
    // 2026 attainment against the year's national value (interpolated between 2025 and 2030):
    //   a1: (115 + 30 + 15) / (230 + 75 + 15) = 160 / 320 = 50 %      vs 50 → 100: 60 %  → short
    //   a2: (80 + 30 + 2) / (200 + 60 + 12) = 112 / 272 = 41,18 %      vs 60 %             → short
    //   b1: (30 + 6 + 6) / (40 + 12 + 6) = 42 / 58 = 72,41 %            vs 70 → 100: 76 %  → short
    //   b2: (4 + 0) / (5 + 2) = 57,14 % (TT1 reported neither)          no 2026 value (2030 only)
    //   c2: colleges and intermediate schools answering yes: 1 of 2 = 50 % vs 50 → 100: 60 % → short
    //   d2: 2 of 3 = 66,67 %                                             no 2026 value
    // 2030: a1 has 2024 too: (50 + 20) / (210 + 50) = 26,92 % (as shown, to 2 decimals); the line through 2024 and 2026
    //   gains (50 − 26,92) / 2 = 11,54 a year → 50 + 4 × 11,54 = 96,16 % in 2030 < 100. Every other target has 2026
    //   alone, carried forward, all below 100.
    expect(s.attainment).toEqual({ measured: 6, withTarget: 4, met: 0, with2030: 6, onTrack2030: 0 });
    const bars = Object.fromEntries(s.charts.attainmentByTarget.map((b) => [b.code, [b.percent, b.target, b.projected2030]]));
    expect(bars).toEqual({
      a1: [50, 60, 96.16],
      a2: [41.18, 60, 41.18],
      b1: [72.41, 76, 72.41],
      b2: [57.14, null, 57.14],
      c2: [50, 60, 50],
      d2: [66.67, null, 66.67],
    });
  });

  it('bands the institutions by readiness as worked out by hand', async () => {
    const s = await host.call('dashboard.getSummary', { year: 2026 });
    // Six formulas (a1, a2, b1, b2, c2, d2); c2 only for colleges and intermediate schools.
    //   CD1: 50 %, 40 %, 75 %, 80 %, 100 %, 100 %          → 445 / 6 = 74,17 % → 50 – under 75
    //   TC1: 40 %, 50 %, 50 %, 0 %, 0 %, 100 %               → 240 / 6 = 40 %    → 25 – under 50
    //   TT1: 100 %, 16,67 %, 100 %, (b2 missing), (c2 n/a), 0 % → 216,67 / 4 = 54,17 % → 50 – under 75
    //   TT2: nothing → no figures. TC2 is not part of 2026.
    expect(s.charts.readiness).toEqual({
      institutions: 4,
      components: 6,
      bands: [
        { band: 'low', count: 0 },
        { band: 'developing', count: 1 },
        { band: 'advanced', count: 2 },
        { band: 'ready', count: 0 },
        { band: 'none', count: 1 },
      ],
    });
    // Completeness: 4 institutions in 2026, 3 with figures; TT1 left the two IT-programme indicators empty.
    expect(s.completeness).toEqual({ institutions: 4, reported: 3, withGaps: 1, byState: { none: 1, draft: 3, submitted: 0, approved: 0 } });
    // No projects, no capital, no milestones in this file.
    expect(s.capital).toEqual({ needDong: 0, coveredDong: 0, gapDong: 0, gapYears: [] });
    expect(s.disbursement).toEqual({ allocatedDong: 0, disbursedDong: 0, percent: null });
    expect(s.milestones.total).toBe(0);
    expect(s.charts.capitalBySourceYear).toEqual({ years: [], sources: [], cells: [] });
  });

  it('lists the institutions of a readiness band, with the register’s own filters and totals', async () => {
    const page = await host.call('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: 'advanced', offset: 0, limit: 100 });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.code)).toEqual(['CD1', 'TT1']);
    const centres = await host.call('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: 'advanced', filters: { typeCode: ['TTGDNN'] } });
    expect(centres.rows.map((r) => r.id)).toEqual([fx.ids.TT1]);
    const none = await host.call('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: 'none', sort: { field: 'name', direction: 'desc' } });
    expect(none.rows.map((r) => r.code)).toEqual(['TT2']);
    expect(await host.call('dashboard.readinessTotals', { readinessYear: 2026, readiness: 'developing' })).toMatchObject({ count: 1 });
    await expect(host.call('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: 'low', filters: { teachers: [1] } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('draws one trajectory per national target, with the projection and the plain flag', async () => {
    const tr = await host.call('dashboard.targetTrajectories', {});
    expect(tr.targets.map((t) => t.code)).toEqual(['a1', 'a2', 'b1', 'b2', 'c2', 'd2']);
    expect(tr.unmeasured.map((u) => [u.code, u.reason])).toEqual([['c1', 'milestone'], ['d1', 'no-formula'], ['d3', 'milestone']]);
    const a1 = tr.targets.find((t) => t.code === 'a1')!;
    expect(a1.points.map((p) => p.actual)).toEqual([null, null, 26.92, null, 50, null, null, null, null]);
    // Through (2024; 26,92) and (2026; 50): 11,54 points a year; the trend is 50 in 2026 and 96,16 in 2030.
    expect(a1.projection).toEqual({ value: 96.16, method: 'linear', slopePerYear: 11.54, basisYears: [2024, 2026] });
    expect(a1.points.map((p) => p.projected)).toEqual([null, null, null, null, 50, 61.54, 73.08, 84.62, 96.16]);
    expect(a1.points.map((p) => p.national)).toEqual([null, null, null, 50, 60, 70, 80, 90, 100]);
    expect(a1.target2030).toEqual({ percent: 100, scope: 'national' });
    expect(a1.flag).toEqual({ misses: true, shortBy: 3.84 });
  });
});
