import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Targets on the sample province: national ones from the Decision, the province's stricter ones, their yearly
// trajectory; every write one recorded change (one undo step).

describe('targets', () => {
  let host: InProcessHost;
  beforeEach(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const count = (sql: string, ...params: unknown[]) => (sqlite().prepare(sql).get(...params) as { n: number }).n;

  it('lists every target with its source, confidence, formula and yearly values, each province target after its national one', async () => {
    const targets = await host.call('targets.listDetails', {});
    expect(targets.map((t) => t.code)).toEqual(['a1', 'a1_tinh', 'a2', 'b1', 'b2', 'c1', 'c2', 'c2_tinh', 'd1', 'd2', 'd3']);
    const a1 = targets.find((t) => t.code === 'a1_tinh')!;
    expect(a1).toMatchObject({ scope: 'provincial', nationalTargetCode: 'a1', numeratorIndicator: 'staff_trained_digital', denominatorIndicator: 'teachers_total+managers_total', linkedMilestones: 1 });
    expect(a1.values.filter((v) => v.isTrajectory).map((v) => v.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(targets.find((t) => t.code === 'b2')!.confidence).toBe('2030 confirmed; 2025 value not found');
  });

  it('adds a province target refining a national one, with its values, as one undoable change', async () => {
    const before = count('SELECT count(*) AS n FROM targets');
    const saved = await host.call('targets.create', {
      target: { code: 'a2_tinh', groupCode: 'a', kind: 'percent', subject: 'teachers', nameVi: 'Nhà giáo bồi dưỡng học liệu số (tỉnh)', sourceDocument: 'KH 123/KH-UBND', nationalTargetCode: 'a2' },
      values: [
        { year: 2025, percent: 60, milestone: null, isTrajectory: false },
        { year: 2030, percent: 100, milestone: null, isTrajectory: false },
      ],
    });
    // The formula comes from the national target it refines.
    expect(saved.target).toMatchObject({ code: 'a2_tinh', scope: 'provincial', numeratorIndicator: 'teachers_trained_materials', denominatorIndicator: 'teachers_total' });
    expect(saved.target.values).toHaveLength(2);
    expect(count('SELECT count(*) AS n FROM change_sets WHERE id = ?', saved.changeSetId)).toBe(1);
    const attainment = await host.call('assessment.attainment', { year: 2025 });
    expect(attainment.rows.find((r) => r.code === 'a2_tinh')!.percent).toBe(attainment.rows.find((r) => r.code === 'a2')!.percent);

    await host.call('history.undo', {});
    expect(count('SELECT count(*) AS n FROM targets')).toBe(before);
    expect(count('SELECT count(*) AS n FROM target_values WHERE target_id = ?', saved.target.id)).toBe(0);
  });

  it('refuses a duplicate code, an unknown group or indicator, a count without its denominator, a milestone on a percentage', async () => {
    const base = { code: 'x1', groupCode: 'a', kind: 'percent' as const, subject: 'teachers', nameVi: 'X', sourceDocument: 'KH' };
    const attempt = (target: Record<string, unknown>, values: unknown[] = []) => host.call('targets.create', { target: { ...base, ...target }, values } as never);
    await expect(attempt({ code: 'A1' })).rejects.toThrow(/Mã chỉ tiêu “A1” đã có/);
    await expect(attempt({ groupCode: 'z' })).rejects.toThrow(/Không có nhóm chỉ tiêu/);
    await expect(attempt({ numeratorIndicator: 'khong_co' })).rejects.toThrow(/Không có chỉ số “khong_co”/);
    await expect(attempt({ numeratorIndicator: 'teachers_trained_materials' })).rejects.toThrow(/Thiếu mẫu số/);
    await expect(attempt({}, [{ year: 2025, percent: null, milestone: 'formed', isTrajectory: false }])).rejects.toThrow(/không nhận mốc/);
    await expect(attempt({}, [{ year: 2025, percent: 120, milestone: null, isTrajectory: false }])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('suggests a linear trajectory that the planner accepts into the values as one change', async () => {
    const c2 = (await host.call('targets.listDetails', {})).find((t) => t.code === 'c2_tinh')!;
    const suggestion = await host.call('targets.suggestTrajectory', { targetId: c2.id });
    // 2025: 80 → 2030: 100, 4 points a year.
    expect(suggestion.values.map((v) => [v.year, v.percent])).toEqual([
      [2026, 84],
      [2027, 88],
      [2028, 92],
      [2029, 96],
    ]);
    const values = [...c2.values, ...suggestion.values.map((v) => ({ year: v.year, percent: v.percent, milestone: null, isTrajectory: true }))];
    const saved = await host.call('targets.update', { id: c2.id, values });
    expect(saved.target.values.map((v) => [v.year, v.percent, v.isTrajectory])).toEqual([
      [2025, 80, false],
      [2026, 84, true],
      [2027, 88, true],
      [2028, 92, true],
      [2029, 96, true],
      [2030, 100, false],
    ]);
    const set = sqlite().prepare('SELECT label FROM change_sets WHERE id = ?').get(saved.changeSetId);
    expect(set).toEqual({ label: 'Sửa giá trị chỉ tiêu c2_tinh' });
    // The attainment now measures 2027 against the trajectory, not an interpolation.
    const row = (await host.call('assessment.attainment', { year: 2027 })).rows.find((r) => r.code === 'c2_tinh')!;
    expect(row.target).toMatchObject({ percent: 88, source: 'trajectory' });
  });

  it('edits a national target but keeps its code; deletes only unlinked province targets', async () => {
    const targets = await host.call('targets.listDetails', {});
    const a1 = targets.find((t) => t.code === 'a1')!;
    await expect(host.call('targets.update', { id: a1.id, patch: { code: 'a1x' } })).rejects.toThrow(/Không đổi mã/);
    const edited = await host.call('targets.update', { id: a1.id, patch: { confidence: 'Đã đối chiếu bản gốc' } });
    expect(edited.target.confidence).toBe('Đã đối chiếu bản gốc');
    await expect(host.call('targets.delete', { id: a1.id })).rejects.toThrow(/Chỉ xóa được chỉ tiêu của tỉnh/);
    const linked = targets.find((t) => t.code === 'c2_tinh')!;
    await expect(host.call('targets.delete', { id: linked.id })).rejects.toThrow(/gắn với 1 mốc lộ trình/);
    const made = await host.call('targets.create', {
      target: { code: 'tam', groupCode: 'd', kind: 'milestone', subject: 'national', nameVi: 'Mốc tạm', sourceDocument: 'KH' },
      values: [{ year: 2027, percent: null, milestone: 'formed', isTrajectory: false }],
    });
    await host.call('targets.delete', { id: made.target.id });
    expect(count("SELECT count(*) AS n FROM targets WHERE code = 'tam'")).toBe(0);
    expect(count('SELECT count(*) AS n FROM target_values WHERE target_id = ?', made.target.id)).toBe(0);
  });

  it('matches an independent sum of the raw figures on the sample province, year by year', async () => {
    const series = await host.call('assessment.attainmentSeries', { fromYear: 2022, toYear: 2026 });
    const a1 = series.targets.find((t) => t.code === 'a1')!;
    for (const point of a1.points) {
      // The witness: every institution-year with all three figures, summed in plain JavaScript.
      const rows = sqlite()
        .prepare(
          `SELECT v.institution_id AS id, i.code, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
           WHERE v.year = ? AND i.code IN ('staff_trained_digital', 'teachers_total', 'managers_total') AND v.value IS NOT NULL`,
        )
        .all(point.year) as { id: number; code: string; value: number }[];
      const by = new Map<number, Record<string, number>>();
      for (const r of rows) by.set(r.id, { ...by.get(r.id), [r.code]: r.value });
      let trained = 0;
      let staff = 0;
      for (const f of by.values()) {
        if (f.staff_trained_digital === undefined || f.teachers_total === undefined || f.managers_total === undefined) continue;
        trained += f.staff_trained_digital;
        staff += f.teachers_total + f.managers_total;
      }
      expect(point.percent).toBeCloseTo((trained / staff) * 100, 2);
    }
    // The Decision sets a1 for 2025 and 2030 only: nothing to measure against before 2025; 2026 lies on the line.
    expect(a1.points.map((p) => p.targetSource)).toEqual(['none', 'none', 'none', 'target', 'interpolated']);
  });
});
