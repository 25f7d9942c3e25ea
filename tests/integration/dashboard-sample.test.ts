import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../electron/api/schemas/dashboard';
import { milestoneStatuses } from '../../electron/services/roadmap/derive-status';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The dashboard on the sample province, every figure checked against SQL written here, on the file itself, from
// the definitions (attainment from counts, the funding gap of approved projects, readiness as the average of an
// institution's own shares), not from the services' queries.

const APPROVED = "('INVESTMENT_DECISION', 'IMPLEMENTING', 'COMPLETED', 'SETTLED')";
// The sample's measurable targets as the province answers for them (a1 and c2 are refined by a1_tinh and c2_tinh).
const FORMULAS: Record<string, { num: string[]; den: string[] | null; types: string[] | null }> = {
  a1_tinh: { num: ['staff_trained_digital'], den: ['teachers_total', 'managers_total'], types: null },
  a2: { num: ['teachers_trained_materials'], den: ['teachers_total'], types: null },
  b1: { num: ['programmes_digital_outcomes'], den: ['programmes_total'], types: null },
  b2: { num: ['it_programmes_updated'], den: ['it_programmes_total'], types: null },
  c2_tinh: { num: ['connected_national_platform'], den: null, types: ['CD', 'TC'] },
  d2: { num: ['learning_records_digitised'], den: null, types: null },
};
// The 2026 value each applies (sample target values): a1_tinh's own trajectory 78; a2 and c2_tinh interpolated
// between 2025 and 2030 (50 → 100: 60; 80 → 100: 84); b1's trajectory 76; b2 and d2 have no 2026 value.
const GOAL_2026: Record<string, number | null> = { a1_tinh: 78, a2: 60, b1: 76, b2: null, c2_tinh: 84, d2: null };

describe('dashboard on the sample province', () => {
  let host: InProcessHost;
  let db: Database.Database;
  let s: DashboardSummary;
  const one = <T,>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const all = <T,>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  /** Σ numerator / Σ denominator over institutions that reported every part (yes/no: share answering yes). */
  const share = (code: string, year: number): number | null => {
    const f = FORMULAS[code]!;
    const parts = [...f.num, ...(f.den ?? [])];
    const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(',');
    const row = one<{ n: number | null; d: number | null }>(
      `SELECT sum(num) AS n, sum(${f.den ? 'den' : '1'}) AS d FROM (
         SELECT v.institution_id,
           sum(CASE WHEN ind.code IN (${list(f.num)}) THEN v.value END) AS num,
           sum(CASE WHEN ind.code IN (${list(f.den ?? [])}) THEN v.value END) AS den,
           count(v.value) AS answered
         FROM indicator_values v JOIN indicators ind ON ind.id = v.indicator_id
         JOIN institutions i ON i.id = v.institution_id JOIN institution_types t ON t.id = i.type_id
         WHERE v.year = ? AND ind.code IN (${list(parts)}) ${f.types ? `AND t.code IN (${list(f.types)})` : ''}
         GROUP BY v.institution_id)
       WHERE answered = ${parts.length}`,
      year,
    );
    return row.d ? Math.round((row.n! / row.d) * 10000) / 100 : null;
  };

  beforeAll(async () => {
    host = createInProcessHost();
    host.ctx.clock = { now: () => new Date('2026-11-30T03:00:00.000Z') };
    const opened = await host.call('file.openSample', {});
    db = new Database(opened.path, { readonly: true });
    s = await host.call('dashboard.getSummary', {});
  });
  afterAll(() => {
    db?.close();
    host?.cleanup();
  });

  it('opens on the latest year with figures', () => {
    const latest = one<{ y: number }>('SELECT max(year) AS y FROM indicator_values WHERE value IS NOT NULL').y;
    expect(latest).toBe(2026);
    expect(s.year).toBe(latest);
    expect(s.latestAssessmentYear).toBe(latest);
    expect(s.isSample).toBe(true);
  });

  it('measures each target from counts and compares it with the year’s value', () => {
    const bars = Object.fromEntries(s.charts.attainmentByTarget.map((b) => [b.code, b]));
    expect(Object.keys(bars).sort()).toEqual(Object.keys(FORMULAS).sort());
    for (const code of Object.keys(FORMULAS)) {
      expect([code, bars[code]!.percent, bars[code]!.target]).toEqual([code, share(code, 2026), GOAL_2026[code]]);
    }
    const judged = Object.keys(FORMULAS).filter((c) => GOAL_2026[c] !== null && share(c, 2026) !== null);
    const met = judged.filter((c) => share(c, 2026)! >= GOAL_2026[c]!);
    expect(s.attainment).toMatchObject({ measured: 6, withTarget: judged.length, met: met.length });
    // Every measured target of the sample has figures for 2024–2026; the least-squares line through three equally
    // spaced years has slope (last − first) / 2 and passes through their mean in 2025.
    let onTrack = 0;
    for (const code of Object.keys(FORMULAS)) {
      const [y24, y25, y26] = [share(code, 2024)!, share(code, 2025)!, share(code, 2026)!];
      const projected = Math.min(100, Math.max(0, (y24 + y25 + y26) / 3 + ((y26 - y24) / 2) * 5));
      expect([code, bars[code]!.projected2030]).toEqual([code, Math.round(projected * 100) / 100]);
      if (projected >= 100) onTrack += 1;
    }
    expect(s.attainment).toMatchObject({ with2030: 6, onTrack2030: onTrack });
  });

  it('counts the year’s returns', () => {
    // Institutions of 2026: those operating at the end of 2026, and any with a return or a figure for it.
    const inYear = one<{ n: number }>(
      `SELECT count(*) AS n FROM institutions i WHERE
         ((i.founded_year IS NULL OR i.founded_year <= 2026) AND (i.status = 'active' OR i.status_changed_on IS NULL OR i.status_changed_on >= '2027'))
         OR i.id IN (SELECT institution_id FROM assessments WHERE year = 2026) OR i.id IN (SELECT institution_id FROM indicator_values WHERE year = 2026)`,
    ).n;
    const reported = one<{ n: number }>('SELECT count(DISTINCT institution_id) AS n FROM indicator_values WHERE year = 2026 AND value IS NOT NULL').n;
    const indicators = one<{ n: number }>('SELECT count(*) AS n FROM indicators').n;
    const withGaps = one<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT institution_id, count(value) AS c FROM indicator_values WHERE year = 2026 GROUP BY institution_id) WHERE c > 0 AND c < ?`,
      indicators,
    ).n;
    const states = Object.fromEntries(all<{ state: string; n: number }>('SELECT state, count(*) AS n FROM assessments WHERE year = 2026 GROUP BY state').map((r) => [r.state, r.n]));
    const withState = Object.values(states).reduce((a, b) => a + b, 0);
    expect(s.completeness).toEqual({
      institutions: inYear,
      reported,
      withGaps,
      byState: { none: inYear - withState, draft: states.draft ?? 0, submitted: states.submitted ?? 0, approved: states.approved ?? 0 },
    });
  });

  it('counts the returns as the completeness tab lists them, in every year', async () => {
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      const tile = year === 2026 ? s.completeness : (await host.call('dashboard.getSummary', { year })).completeness;
      const c = await host.call('assessment.completeness', { year });
      expect([year, tile]).toEqual([
        year,
        {
          institutions: c.institutionsInYear,
          reported: c.institutionsInYear - c.notReported.length,
          withGaps: c.missing.length,
          byState: { none: c.byState.none ?? 0, draft: c.byState.draft ?? 0, submitted: c.byState.submitted ?? 0, approved: c.byState.approved ?? 0 },
        },
      ]);
    }
  });

  it('sets the capital allocated against the need of approved projects, and the year’s disbursement', () => {
    const need = one<{ n: number }>(
      `SELECT sum(f.amount_dong) AS n FROM project_funding f JOIN projects p ON p.id = f.project_id
       JOIN lifecycle_stages st ON st.id = p.stage_id WHERE st.code IN ${APPROVED}`,
    ).n;
    const gap = one<{ n: number }>(
      `SELECT sum(max(0, f.amount_dong - coalesce((SELECT sum(coalesce(a.adjusted_dong, a.planned_dong)) FROM allocations a
         WHERE a.project_id = f.project_id AND a.source_id = f.source_id), 0))) AS n
       FROM project_funding f JOIN projects p ON p.id = f.project_id JOIN lifecycle_stages st ON st.id = p.stage_id WHERE st.code IN ${APPROVED}`,
    ).n;
    expect(gap).toBeGreaterThan(0);
    expect(s.capital).toMatchObject({ needDong: need, gapDong: gap, coveredDong: need - gap });
    const year = one<{ a: number; d: number }>('SELECT sum(coalesce(adjusted_dong, planned_dong)) AS a, sum(disbursed_dong) AS d FROM allocations WHERE year = 2026');
    expect(s.disbursement).toEqual({ allocatedDong: year.a, disbursedDong: year.d, percent: Math.round((year.d / year.a) * 10000) / 100 });
    const cells = all<{ year: number; sourceCode: string; allocatedDong: number; disbursedDong: number }>(
      `SELECT a.year, s.code AS sourceCode, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS allocatedDong, sum(a.disbursed_dong) AS disbursedDong
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id GROUP BY a.year, s.code ORDER BY a.year, s.sort_order`,
    );
    expect(s.charts.capitalBySourceYear.cells).toEqual(cells);
    expect(s.charts.capitalBySourceYear.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('spreads the gap over years as the capital page does, and its years are the tile’s', async () => {
    const fundingGap = await host.call('capital.fundingGap', { withProjects: false });
    const byYear = new Map<number, number>();
    for (const c of fundingGap.byYearSource) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.gapDong);
    expect(s.charts.gapByYear.filter((g) => g.gapDong > 0)).toEqual([...byYear].sort((a, b) => a[0] - b[0]).map(([year, gapDong]) => ({ year, gapDong })));
    expect(s.capital.gapYears).toEqual([...byYear.keys()].sort((a, b) => a - b));
    expect(s.charts.gapByYear.reduce((n, g) => n + g.gapDong, 0)).toBe(s.capital.gapDong);
  });

  it('bands the institutions by the average of their own shares', () => {
    // One row per institution of 2026 with its figures, then each applicable share, then their average.
    const rows = all<{ band: string; n: number }>(
      `WITH f AS (
         SELECT i.id, t.code AS type,
           max(CASE ind.code WHEN 'teachers_total' THEN v.value END) AS teachers, max(CASE ind.code WHEN 'managers_total' THEN v.value END) AS managers,
           max(CASE ind.code WHEN 'staff_trained_digital' THEN v.value END) AS trained, max(CASE ind.code WHEN 'teachers_trained_materials' THEN v.value END) AS materials,
           max(CASE ind.code WHEN 'programmes_total' THEN v.value END) AS progs, max(CASE ind.code WHEN 'programmes_digital_outcomes' THEN v.value END) AS progs_digital,
           max(CASE ind.code WHEN 'it_programmes_total' THEN v.value END) AS it, max(CASE ind.code WHEN 'it_programmes_updated' THEN v.value END) AS it_updated,
           max(CASE ind.code WHEN 'connected_national_platform' THEN v.value END) AS connected, max(CASE ind.code WHEN 'learning_records_digitised' THEN v.value END) AS digitised
         FROM institutions i JOIN institution_types t ON t.id = i.type_id
         LEFT JOIN indicator_values v ON v.institution_id = i.id AND v.year = 2026 LEFT JOIN indicators ind ON ind.id = v.indicator_id
         WHERE ((i.founded_year IS NULL OR i.founded_year <= 2026) AND (i.status = 'active' OR i.status_changed_on IS NULL OR i.status_changed_on >= '2027'))
           OR i.id IN (SELECT institution_id FROM assessments WHERE year = 2026) OR i.id IN (SELECT institution_id FROM indicator_values WHERE year = 2026)
         GROUP BY i.id),
       sh AS (
         SELECT id,
           CASE WHEN teachers + managers > 0 THEN min(1.0, trained / (teachers + managers)) END AS s1,
           CASE WHEN teachers > 0 THEN min(1.0, materials / teachers) END AS s2,
           CASE WHEN progs > 0 THEN min(1.0, progs_digital / progs) END AS s3,
           CASE WHEN it > 0 THEN min(1.0, it_updated / it) END AS s4,
           CASE WHEN type IN ('CD', 'TC') AND connected IS NOT NULL THEN (connected > 0) * 1.0 END AS s5,
           CASE WHEN digitised IS NOT NULL THEN (digitised > 0) * 1.0 END AS s6
         FROM f),
       score AS (
         SELECT id, 100.0 * (coalesce(s1, 0) + coalesce(s2, 0) + coalesce(s3, 0) + coalesce(s4, 0) + coalesce(s5, 0) + coalesce(s6, 0))
           / nullif((s1 IS NOT NULL) + (s2 IS NOT NULL) + (s3 IS NOT NULL) + (s4 IS NOT NULL) + (s5 IS NOT NULL) + (s6 IS NOT NULL), 0) AS r
         FROM sh)
       SELECT CASE WHEN r IS NULL THEN 'none' WHEN r < 25 THEN 'low' WHEN r < 50 THEN 'developing' WHEN r < 75 THEN 'advanced' ELSE 'ready' END AS band,
         count(*) AS n FROM score GROUP BY band`,
    );
    const expected = Object.fromEntries(rows.map((r) => [r.band, r.n]));
    expect(Object.fromEntries(s.charts.readiness.bands.map((b) => [b.band, b.count]))).toEqual({
      low: expected.low ?? 0,
      developing: expected.developing ?? 0,
      advanced: expected.advanced ?? 0,
      ready: expected.ready ?? 0,
      none: expected.none ?? 0,
    });
    expect(s.charts.readiness).toMatchObject({ institutions: s.completeness.institutions, components: 6 });
  });

  it('lists exactly the institutions of a band behind the readiness bar', async () => {
    for (const { band, count } of s.charts.readiness.bands) {
      const page = await host.call('dashboard.readinessInstitutions', { readinessYear: 2026, readiness: band, limit: 500 });
      expect([band, page.total, page.rows.length]).toEqual([band, count, count]);
    }
  });

  it('counts the milestones by the status the roadmap derives as of today', () => {
    const statuses = [...milestoneStatuses(host.ctx.workspace.require().sqlite, '2026-11-30').values()];
    const count = (status: string | null) => statuses.filter((x) => x.status === status).length;
    expect(s.milestones).toEqual({
      total: one<{ n: number }>('SELECT count(*) AS n FROM milestones').n,
      atRisk: count('at_risk'),
      missed: count('missed'),
      onTrack: count('on_track'),
      met: count('met'),
      unjudged: count(null),
    });
    expect(s.milestones.atRisk).toBeGreaterThan(0);
  });

  it('answers for another year of the selector', async () => {
    const past = await host.call('dashboard.getSummary', { year: 2024 });
    expect(past.year).toBe(2024);
    const states = one<{ n: number }>("SELECT count(*) AS n FROM assessments WHERE year = 2024 AND state = 'approved'").n;
    expect(past.completeness.byState.approved).toBe(states);
    expect(past.charts.attainmentByTarget.find((b) => b.code === 'b1')!.percent).toBe(share('b1', 2024));
  });
});
