import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { submissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { buildSubmissionSnapshot } from '../../electron/services/submission/snapshot';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The snapshot of the sample province's 2025, checked against figures the test works out with its own SQL straight
// from the tables (not through the queries the snapshot uses).

describe('submission snapshot of the sample province', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  const generatedAt = '2026-02-05T09:00:00.000+07:00';

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    sqlite = host.ctx.workspace.require().sqlite;
  });
  afterAll(() => host.cleanup());

  it('validates against the shared shape and says what it is', () => {
    const snapshot = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: '1.2.3', generatedAt });
    const parsed = submissionSnapshot.safeParse(snapshot);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(snapshot).toMatchObject({ formatVersion: 1, year: 2025, appVersion: '1.2.3', generatedAt });
    expect(snapshot.province).toMatchObject({ placeName: 'Sông Lam', documentCode: 'BC-SGDĐT', signingAuthority: 'KT. GIÁM ĐỐC' });
    expect(snapshot.province.predecessors.map((p) => p.name)).toEqual(['Tỉnh Lam Giang', 'Tỉnh Hà Sơn']);
    // No record yet: the defaults a new record starts with, narrative prefilled.
    expect(snapshot.submission.state).toBe('draft');
    expect(snapshot.submission.subject).toBe('Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025');
    expect(snapshot.submission.recipients[0]).toBe('Bộ Giáo dục và Đào tạo (Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên)');
    expect(snapshot.submission.sections.map((s) => s.key)).toEqual(['situation', 'results', 'projects', 'difficulties', 'proposals']);
    expect(snapshot.submission.sections.every((s) => s.body.length > 50)).toBe(true);
  });

  it('holds the institutions, values and attainment worked out independently', () => {
    const snapshot = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: 'x', generatedAt });
    const assessed = one<{ n: number; approved: number }>(
      "SELECT count(*) AS n, sum(state = 'approved') AS approved FROM assessments WHERE year = 2025",
    );
    expect(snapshot.totals.institutionsAssessed).toBe(assessed.n);
    expect(snapshot.totals.institutionsApproved).toBe(assessed.approved);
    // Institutions of 2025: active ones founded by then plus those merged or dissolved after 2025 or holding 2025 figures.
    const inYear = one<{ n: number }>(
      `SELECT count(*) AS n FROM institutions i WHERE ((coalesce(i.founded_year, 0) <= 2025 AND (i.status = 'active'
         OR substr(coalesce(i.status_changed_on, '9999'), 1, 4) > '2025'))
         OR i.id IN (SELECT institution_id FROM assessments WHERE year = 2025) OR i.id IN (SELECT institution_id FROM indicator_values WHERE year = 2025))`,
    ).n;
    expect(snapshot.institutions).toHaveLength(inYear);
    expect(snapshot.totals.institutionsActive).toBe(inYear);
    expect(snapshot.indicatorValues).toHaveLength(one<{ n: number }>('SELECT count(*) AS n FROM indicator_values WHERE year = 2025').n);

    // a1 = Σ staff trained / Σ (teachers + managers) over institutions that reported all three, never a mean of shares.
    const a1 = one<{ num: number; den: number }>(
      `WITH per AS (SELECT v.institution_id,
         sum(CASE WHEN i.code = 'staff_trained_digital' THEN v.value END) AS num,
         sum(CASE WHEN i.code IN ('teachers_total', 'managers_total') THEN v.value END) AS den,
         count(CASE WHEN v.value IS NOT NULL THEN 1 END) AS n
       FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
       WHERE v.year = 2025 AND i.code IN ('staff_trained_digital', 'teachers_total', 'managers_total') GROUP BY v.institution_id)
       SELECT sum(num) AS num, sum(den) AS den FROM per WHERE n = 3`,
    );
    const target = snapshot.targets.find((t) => t.code === 'a1')!;
    expect(target.numerator).toBe(a1.num);
    expect(target.denominator).toBe(a1.den);
    expect(target.attainment).toBeCloseTo((a1.num / a1.den) * 100, 2);
    expect(target.target2025).toBe(50);
    expect(target.target2030).toBe(100);
    expect(target.targetThisYear).toBe(50);
    expect(target.history.map((h) => h.year)).toEqual([2022, 2023, 2024]);
    const provincial = snapshot.targets.find((t) => t.code === 'a1_tinh')!;
    expect(provincial).toMatchObject({ scope: 'provincial', nationalTargetCode: 'a1', targetThisYear: 70 });
    expect(snapshot.targets.find((t) => t.code === 'c1')!.milestoneText).toContain('Hình thành');
  });

  it('holds the capital of the year worked out independently', () => {
    const snapshot = buildSubmissionSnapshot(sqlite, { year: 2025, appVersion: 'x', generatedAt });
    const year = one<{ allocated: number; disbursed: number }>(
      'SELECT sum(coalesce(adjusted_dong, planned_dong)) AS allocated, sum(disbursed_dong) AS disbursed FROM allocations WHERE year = 2025',
    );
    expect(snapshot.totals.plannedThisYearDong).toBe(year.allocated);
    expect(snapshot.totals.disbursedThisYearDong).toBe(year.disbursed);
    expect(snapshot.projects.reduce((n, p) => n + p.plannedThisYearDong, 0)).toBe(year.allocated);
    // Gap of approved projects: per project and source, the need less everything allocated (all years), if positive.
    const gap = one<{ gap: number }>(
      `SELECT sum(max(0, f.amount_dong - coalesce((SELECT sum(coalesce(a.adjusted_dong, a.planned_dong)) FROM allocations a
         WHERE a.project_id = f.project_id AND a.source_id = f.source_id), 0))) AS gap
       FROM project_funding f JOIN projects p ON p.id = f.project_id JOIN lifecycle_stages st ON st.id = p.stage_id
       WHERE st.code IN ('INVESTMENT_DECISION', 'IMPLEMENTING', 'COMPLETED', 'SETTLED') AND p.start_year <= 2025`,
    );
    expect(snapshot.totals.fundingGapDong).toBe(gap.gap);
    expect(snapshot.allocations.every((a) => a.year <= 2025)).toBe(true);
    const rows = one<{ n: number }>(
      'SELECT count(*) AS n FROM allocations a JOIN projects p ON p.id = a.project_id WHERE a.year <= 2025',
    ).n;
    expect(snapshot.allocations).toHaveLength(rows);
    // Every project's sources add up to its total investment.
    for (const p of snapshot.projects) expect(Object.values(p.fundingBySource).reduce((n, x) => n + x, 0)).toBe(p.totalInvestmentDong);
    expect(snapshot.totals.participants).toBe(210 + 150);
    expect(snapshot.awarenessActivities.map((a) => a.heldOn)).toEqual(['2025-08-21', '2025-12-04']);
    expect(snapshot.milestones).toHaveLength(22);
  });
});
