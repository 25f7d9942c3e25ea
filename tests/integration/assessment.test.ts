import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rolledUpValues } from '../../db/queries/institution-rollup';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { createFixture, editsOf, type Fixture } from './assessment-fixture';

// The yearly assessment on a small province whose figures are written out in assessment-fixture.ts.

describe('yearly assessment', () => {
  let host: InProcessHost;
  let fx: Fixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createFixture(host);
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const value = (institutionId: number, code: string, year = 2026) =>
    (
      sqlite()
        .prepare(
          `SELECT v.value, v.comment FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
           WHERE v.institution_id = ? AND i.code = ? AND v.year = ?`,
        )
        .get(institutionId, code, year) as { value: number | null; comment: string | null } | undefined
    );

  it('computes province attainment from summed counts, never from averaged percentages', async () => {
    const { rows } = await host.call('assessment.attainment', { year: 2026 });
    const by = new Map(rows.map((r) => [r.code, r]));
    // a1 = trained / (teachers + managers): CD1 115 / 230, TC1 30 / 75, TT1 15 / 15 → 160 / 320 = 50%.
    // (Averaging 50%, 40% and 100% would give 63,3%: the small centre would weigh as much as the college.)
    expect(by.get('a1')).toMatchObject({ numerator: 160, denominator: 320, percent: 50, institutionsCounted: 3, institutionsInSubject: 4 });
    // a1's 2026 target is interpolated between 2025 (50) and 2030 (100): 50 + 50 × 1/5 = 60 → gap 50 − 60 = −10.
    expect(by.get('a1')!.target).toEqual({ percent: 60, milestone: null, source: 'interpolated', fromYear: 2025, toYear: 2030 });
    expect(by.get('a1')!.gap).toBe(-10);
    // a2 = materials / teachers: (80 + 30 + 2) / (200 + 60 + 12) = 112 / 272 = 41,176…% → 41,18.
    expect(by.get('a2')).toMatchObject({ numerator: 112, denominator: 272, percent: 41.18 });
    // b1 = (30 + 6 + 6) / (40 + 12 + 6) = 42 / 58 = 72,41%.
    expect(by.get('b1')).toMatchObject({ numerator: 42, denominator: 58, percent: 72.41 });
    // b2 = (4 + 0) / (5 + 2) = 57,14%; TT1 reported neither IT figure and is left out of both sums.
    expect(by.get('b2')).toMatchObject({ numerator: 4, denominator: 7, percent: 57.14, institutionsCounted: 2 });
    // c2 = colleges and intermediate schools connected: CD1 yes, TC1 no → 1 / 2 = 50%; TT1 is a centre (not in
    // the subject) and TC2 merged in 2025, so 2 of the 2 in the subject this year answered.
    expect(by.get('c2')).toMatchObject({ numerator: 1, denominator: 2, percent: 50, institutionsInSubject: 2 });
    // d2 = all institutions digitised / answered: 1 + 1 + 0 = 2 of 3 → 66,67%; no 2026 value before 2030 → none.
    expect(by.get('d2')).toMatchObject({ numerator: 2, denominator: 3, percent: 66.67, gap: null });
    expect(by.get('c1')!.notMeasured).toBe('milestone');
  });

  it('keeps a merged institution in the years it existed; roll-up leaves the province totals alone', async () => {
    // 2024: CD1 50 / 210, TC2 (merged in 2025) 20 / 50 → 70 / 260 = 26,92%. The same sums whether TC2's figures are
    // shown under TC2 or under its successor CD1.
    const a1 = (await host.call('assessment.attainment', { year: 2024 })).rows.find((r) => r.code === 'a1')!;
    expect(a1).toMatchObject({ numerator: 70, denominator: 260, percent: 26.92, institutionsCounted: 2 });
    // Rolled up, TC2's 2024 figures sit under CD1: one row instead of two, the same province total (50 + 20).
    const rolled = rolledUpValues(sqlite(), 2024, 'staff_trained_digital');
    expect(rolled).toEqual([{ institutionId: fx.ids.CD1, value: 70, contributors: 2, contributorIds: [fx.ids.CD1, fx.ids.TC2] }]);
    const grid2024 = await host.call('assessment.grid', { year: 2024, query: {} });
    expect(grid2024.rows.map((r) => r.code)).toContain('TC2');
    const grid2026 = await host.call('assessment.grid', { year: 2026, query: {} });
    expect(grid2026.rows.map((r) => r.code)).toEqual(['CD1', 'TC1', 'TT1', 'TT2']);
  });

  it('serves the grid with states, values, comments and per-cell warnings; filters, sorts and searches in SQL', async () => {
    const page = await host.call('assessment.grid', { year: 2026, query: { sort: { field: 'teachers_total', direction: 'desc' } } });
    expect(page.total).toBe(4);
    expect(page.indicators).toHaveLength(10);
    expect(page.rows.map((r) => r.code)).toEqual(['CD1', 'TC1', 'TT1', 'TT2']);
    const cd1 = page.rows[0]!;
    expect(cd1).toMatchObject({ state: 'draft', missing: 0 });
    expect(cd1.values.teachers_total).toBe(200);
    // 200 teachers after 50 last year: four times, outside the expected limits.
    expect(cd1.warnings.teachers_total).toMatch(/Gấp 4 lần năm trước/);
    expect(page.rows[3]).toMatchObject({ code: 'TT2', state: 'none', missing: 10 });
    const drafts = await host.call('assessment.grid', { year: 2026, query: { filters: { state: ['none'] } } });
    expect(drafts.rows.map((r) => r.code)).toEqual(['TT2']);
    const search = await host.call('assessment.grid', { year: 2026, query: { search: 'trung tam' } });
    expect(search.rows.map((r) => r.code)).toEqual(['TT1', 'TT2']);
  });

  it('answers edits with per-cell verdicts: INVALID figures refused, unusual ones warned, the rest applied', async () => {
    const result = await host.call('assessment.applyEdits', {
      year: 2026,
      edits: [
        { institutionId: fx.ids.TT1, indicatorCode: 'staff_trained_digital', value: 16 }, // 16 trained > 12 + 3
        { institutionId: fx.ids.TT1, indicatorCode: 'programmes_total', value: -1 },
        { institutionId: fx.ids.TT1, indicatorCode: 'teachers_trained_materials', value: '2,5' },
        { institutionId: fx.ids.TT1, indicatorCode: 'connected_national_platform', value: 2 },
        { institutionId: fx.ids.TT1, indicatorCode: 'it_programmes_total', value: 'abc' },
        { institutionId: fx.ids.TT2, indicatorCode: 'teachers_total', value: '1.234' }, // Vietnamese thousands
        { institutionId: fx.ids.TT2, indicatorCode: 'connected_national_platform', value: 'có' },
        { institutionId: fx.ids.TT2, indicatorCode: 'managers_total', value: 4, comment: '  Số tạm tính  ' },
        { institutionId: fx.ids.TC1, indicatorCode: 'connected_national_platform', value: 'không', comment: 'Đang chờ tài khoản' },
        { institutionId: fx.ids.TC2, indicatorCode: 'teachers_total', value: 10 }, // merged in 2025
      ],
    });
    const verdict = (id: number, field: string) => result.rejected.find((r) => r.id === id && r.field === field);
    expect(verdict(fx.ids.TT1, 'staff_trained_digital')).toMatchObject({ code: 'INVALID' });
    expect(verdict(fx.ids.TT1, 'staff_trained_digital')!.message).toMatch(/\(16\) vượt .*\(15\)/);
    expect(verdict(fx.ids.TT1, 'programmes_total')).toMatchObject({ code: 'INVALID' });
    expect(verdict(fx.ids.TT1, 'programmes_total')!.message).toMatch(/âm/);
    expect(verdict(fx.ids.TT1, 'teachers_trained_materials')!.message).toMatch(/số nguyên/);
    expect(verdict(fx.ids.TT1, 'connected_national_platform')!.message).toMatch(/1 \(có\) hoặc 0/);
    expect(verdict(fx.ids.TT1, 'it_programmes_total')).toMatchObject({ code: 'INVALID' });
    expect(verdict(fx.ids.TC2, 'teachers_total')!.message).toMatch(/không thuộc đánh giá năm 2026/);
    expect(result.rejected).toHaveLength(6);
    expect(result.applied).toBe(4);
    expect(value(fx.ids.TT1, 'staff_trained_digital')!.value).toBe(15);
    expect(value(fx.ids.TT2, 'teachers_total')!.value).toBe(1234);
    expect(value(fx.ids.TT2, 'connected_national_platform')!.value).toBe(1);
    expect(value(fx.ids.TT2, 'managers_total')).toEqual({ value: 4, comment: 'Số tạm tính' });
    expect(value(fx.ids.TC1, 'connected_national_platform')).toEqual({ value: 0, comment: 'Đang chờ tài khoản' });
    // Entering TT2's first figures started its return as a draft.
    const state = sqlite().prepare('SELECT state FROM assessments WHERE institution_id = ? AND year = 2026').get(fx.ids.TT2) as { state: string };
    expect(state.state).toBe('draft');
    // The whole batch is one undo step.
    await host.call('history.undo', {});
    expect(value(fx.ids.TT2, 'teachers_total')).toBeUndefined();
    expect(value(fx.ids.TC1, 'connected_national_platform')).toEqual({ value: 0, comment: null });
  });

  it('warns about a count far from last year and a yes turned back to no, yet applies them', async () => {
    await host.call('assessment.applyEdits', { year: 2025, edits: editsOf(fx.ids.TC1, { managers_total: 60, connected_national_platform: 1 }) });
    // 14 managers after 60: 23% of last year.
    const result = await host.call('assessment.applyEdits', { year: 2026, edits: editsOf(fx.ids.TC1, { managers_total: 14 }) });
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([{ id: fx.ids.TC1, field: 'managers_total', message: 'Chỉ bằng 23% năm trước (60): ngoài giới hạn thường gặp' }]);
    const grid = await host.call('assessment.grid', { year: 2026, query: { filters: { id: [fx.ids.TC1] } } });
    expect(grid.rows[0]!.warnings.connected_national_platform).toMatch(/Năm trước là “Có”/);
  });

  it('locks approved returns until they are reopened with a reason, recorded in the History', async () => {
    await host.call('assessment.setState', { year: 2026, institutionIds: [fx.ids.CD1], state: 'submitted' });
    const approved = await host.call('assessment.setState', { year: 2026, institutionIds: [fx.ids.CD1, fx.ids.TT2], state: 'approved' });
    expect(approved.changed).toEqual([fx.ids.CD1]);
    expect(approved.skipped[0]).toMatchObject({ institutionId: fx.ids.TT2 });
    expect(approved.skipped[0]!.message).toMatch(/chưa có số liệu/);

    const refused = await host.call('assessment.applyEdits', { year: 2026, edits: editsOf(fx.ids.CD1, { teachers_total: 210 }) });
    expect(refused.rejected).toEqual([{ id: fx.ids.CD1, field: 'teachers_total', code: 'LOCKED', message: 'Đã phê duyệt — mở lại để sửa' }]);
    expect(refused.changeSetId).toBeNull();
    expect(value(fx.ids.CD1, 'teachers_total')!.value).toBe(200);

    await expect(host.call('assessment.setState', { year: 2026, institutionIds: [fx.ids.CD1], state: 'draft' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const reason = 'Cơ sở báo sai số nhà giáo';
    const reopened = await host.call('assessment.setState', { year: 2026, institutionIds: [fx.ids.CD1], state: 'draft', reason });
    expect(reopened.changed).toEqual([fx.ids.CD1]);
    const row = sqlite().prepare('SELECT state, reopen_reason AS reason FROM assessments WHERE institution_id = ? AND year = 2026').get(fx.ids.CD1);
    expect(row).toEqual({ state: 'draft', reason });
    const audit = sqlite()
      .prepare(
        `SELECT c.action, c.label, a.field, a.old_value, a.new_value FROM audit_rows a JOIN change_sets c ON c.id = a.change_set_id
         WHERE c.id = ? ORDER BY a.field`,
      )
      .all(reopened.changeSetId);
    expect(audit).toEqual([
      { action: 'assessment.reopen', label: `Mở lại đánh giá năm 2026: CD1 — lý do: ${reason}`, field: 'reopen_reason', old_value: null, new_value: JSON.stringify(reason) },
      { action: 'assessment.reopen', label: `Mở lại đánh giá năm 2026: CD1 — lý do: ${reason}`, field: 'state', old_value: '"approved"', new_value: '"draft"' },
    ]);
    const history = await host.call('history.list', {});
    expect(history.rows[0]!.label).toContain(reason);

    const edited = await host.call('assessment.applyEdits', { year: 2026, edits: editsOf(fx.ids.CD1, { teachers_total: 210 }) });
    expect(edited.applied).toBe(1);
    expect(value(fx.ids.CD1, 'teachers_total')!.value).toBe(210);
  });

  it('lists what is missing from the year, each entry naming its institution and indicator', async () => {
    const c = await host.call('assessment.completeness', { year: 2026 });
    expect(c.institutionsInYear).toBe(4);
    expect(c.byState).toEqual({ none: 1, draft: 3, submitted: 0, approved: 0 });
    expect(c.notReported.map((r) => r.code)).toEqual(['TT2']);
    expect(c.missing).toEqual([
      { institutionId: fx.ids.TT1, code: 'TT1', name: 'Trung tâm GDNN Một', state: 'draft', indicatorCodes: ['it_programmes_total', 'it_programmes_updated'] },
    ]);
    expect(c.outsideLimits).toHaveLength(1);
    expect(c.outsideLimits[0]).toMatchObject({ code: 'CD1', indicatorCode: 'teachers_total' });
  });

  it('shows one institution with every indicator, last year beside it, and comments', async () => {
    await host.call('assessment.applyEdits', { year: 2026, edits: [{ institutionId: fx.ids.CD1, indicatorCode: 'teachers_total', comment: 'Tính cả giảng viên thỉnh giảng' }] });
    const view = await host.call('assessment.institution', { year: 2026, institutionId: fx.ids.CD1 });
    expect(view).toMatchObject({ state: 'draft', inYear: true, institution: { code: 'CD1', typeCode: 'CD' } });
    const teachers = view.items.find((i) => i.code === 'teachers_total')!;
    expect(teachers).toMatchObject({ value: 200, previous: 50, comment: 'Tính cả giảng viên thỉnh giảng' });
    expect(teachers.warning).toMatch(/Gấp 4 lần/);
  });
});
