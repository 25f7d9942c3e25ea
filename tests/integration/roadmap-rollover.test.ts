import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../electron/services/history/mutation-path';
import { milestoneStatuses } from '../../electron/services/roadmap/derive-status';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Roll-over, undo and redo, and the year lock, on the sample province in a real SQLite file. The host's clock is
// fixed at 30/11/2026 so derived statuses do not depend on the day the test runs.

const NOW = new Date('2026-11-30T09:00:00+07:00');
const author = { actor: 'kiem-thu', at: '2026-11-30T09:00:00.000+07:00' };

describe('rolling milestones over (sample province)', () => {
  let host: InProcessHost;
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const all = <T>(sql: string, ...params: unknown[]) => sqlite().prepare(sql).all(...params) as T[];
  const idOf = (title: string) => all<{ id: number }>('SELECT id FROM milestones WHERE title = ?', title)[0]!.id;
  const milestone = (id: number) => all<{ year: number; quarter: number | null }>('SELECT year, quarter FROM milestones WHERE id = ?', id)[0]!;
  const rollovers = (id: number) =>
    all<{ fromYear: number; fromQuarter: number | null; toYear: number; toQuarter: number | null; reason: string; rolledOn: string }>(
      `SELECT from_year AS fromYear, from_quarter AS fromQuarter, to_year AS toYear, to_quarter AS toQuarter, reason, rolled_on AS rolledOn
       FROM milestone_rollovers WHERE milestone_id = ? ORDER BY id`,
      id,
    );

  beforeAll(async () => {
    host = createInProcessHost();
    host.ctx.clock = { now: () => NOW };
    await host.call('file.openSample', {});
  });
  afterAll(() => host.cleanup());

  it('derives statuses of the sample as of 30/11/2026, target-linked ones from the same attainment the assessment shows', async () => {
    const statuses = milestoneStatuses(sqlite(), '2026-11-30');
    const a1Province = statuses.get(idOf('Đạt chỉ tiêu của tỉnh: 70% nhà giáo, CBQL được bồi dưỡng năng lực số'))!;
    const attainment = await host.call('assessment.attainment', { year: 2025, approvedOnly: false });
    const row = attainment.rows.find((r) => r.code === 'a1_tinh')!;
    expect(row.target.percent).toBe(70);
    expect(row.percent).toBeLessThan(70);
    expect(a1Province).toEqual({
      status: 'missed',
      source: 'target',
      reason: `Năm 2025 đạt ${String(row.percent).replace('.', ',')}% / chỉ tiêu 70%: không đạt (thiếu ${String(Math.round((70 - row.percent!) * 100) / 100).replace('.', ',')} điểm %)`,
    });
    // Completed 25/12/2025 after being rolled over to 2025: met in time.
    expect(statuses.get(idOf('Đưa phòng học thực hành ảo vào sử dụng'))).toMatchObject({ status: 'met', source: 'project' });
    expect(statuses.get(idOf('HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN'))).toEqual({ status: null, source: 'none', reason: 'Chưa có trạng thái' });
    // The page lists the same, and filters by it.
    const page = await host.call('roadmap.milestonePage', { offset: 0, limit: 100 });
    expect(page.asOf).toBe('2026-11-30');
    expect(page.rows).toHaveLength(22);
    for (const r of page.rows) expect(r.derivedStatus).toBe(statuses.get(r.id)!.status);
    const atRisk = await host.call('roadmap.milestonePage', { offset: 0, limit: 100, filters: { derivedStatus: ['at_risk'] } });
    expect(atRisk.rows.map((r) => r.id).sort()).toEqual([...statuses].filter(([, s]) => s.status === 'at_risk').map(([id]) => id).sort());
    expect(atRisk.total).toBe(page.statusCounts.at_risk);
    expect(atRisk.total).toBeGreaterThan(0);
  });

  it('rolls a milestone over as one change with its history row, and undoes and redoes both', async () => {
    const id = idOf('HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN');
    expect(milestone(id)).toEqual({ year: 2027, quarter: null });
    const result = await host.call('roadmap.rollOver', { id, toYear: 2028, toQuarter: 2, reason: '  Chờ Luật Giáo dục nghề nghiệp (sửa đổi) có hiệu lực  ' });
    expect(result).toMatchObject({ year: 2028, quarter: 2 });
    expect(milestone(id)).toEqual({ year: 2028, quarter: 2 });
    expect(rollovers(id)).toEqual([
      { fromYear: 2027, fromQuarter: null, toYear: 2028, toQuarter: 2, reason: 'Chờ Luật Giáo dục nghề nghiệp (sửa đổi) có hiệu lực', rolledOn: expect.stringMatching(/^2026-11-30T/) },
    ]);
    const detail = await host.call('roadmap.getMilestone', { id });
    expect(detail.rollovers).toBe(1);
    expect(detail.rolloverHistory.map((r) => [r.fromYear, r.toYear])).toEqual([[2027, 2028]]);
    const changeSet = all<{ label: string; n: number }>(
      `SELECT s.label, (SELECT count(DISTINCT a.table_name) FROM audit_rows a WHERE a.change_set_id = s.id) AS n FROM change_sets s WHERE s.id = ?`,
      result.changeSetId,
    )[0]!;
    expect(changeSet.label).toBe('Lùi mốc "HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN" từ năm 2027 sang quý 2/2028');
    expect(changeSet.n).toBe(2);

    await host.call('history.undo', {});
    expect(milestone(id)).toEqual({ year: 2027, quarter: null });
    expect(rollovers(id)).toEqual([]);
    await host.call('history.redo', {});
    expect(milestone(id)).toEqual({ year: 2028, quarter: 2 });
    expect(rollovers(id)).toHaveLength(1);
  });

  it('refuses a roll-over without a reason, to an earlier year, or of a met milestone, writing nothing', async () => {
    const id = idOf('Hoàn thành nâng cấp hạ tầng 10 trung tâm GDNN-GDTX');
    await expect(host.call('roadmap.rollOver', { id, toYear: 2027, toQuarter: null, reason: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('lý do') });
    await expect(host.call('roadmap.rollOver', { id, toYear: 2026, toQuarter: 1, reason: 'Lùi' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Năm mới (2026) phải sau năm hiện tại của mốc (2026).' });
    const met = idOf('Đưa phần mềm quản lý đào tạo dùng chung vào vận hành');
    await expect(host.call('roadmap.rollOver', { id: met, toYear: 2027, toQuarter: null, reason: 'Thử' })).rejects.toMatchObject({
      code: 'CONSTRAINT_VIOLATION',
      message: expect.stringMatching(/^Mốc "Đưa phần mềm quản lý đào tạo dùng chung vào vận hành" đã đạt \(Dự án DA-CDS-02 .*\), không cần lùi sang năm sau\.$/),
    });
    expect(milestone(id)).toEqual({ year: 2026, quarter: 4 });
    expect(rollovers(id)).toEqual([]);
    expect(rollovers(met)).toEqual([]);
  });

  it('refuses changes to a year whose submission is approved, with a readable YEAR_LOCKED', async () => {
    const rolled = idOf('HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN'); // in 2028 since the roll-over
    const other2028 = idOf('Hoàn thành dự án đào tạo chất lượng cao vốn ODA Hàn Quốc');
    const in2026 = idOf('Hoàn thành nâng cấp hạ tầng 10 trung tâm GDNN-GDTX');
    applyChanges(sqlite(), author, {
      action: 'test.approve',
      label: 'Phê duyệt báo cáo năm 2028 (kiểm thử)',
      changes: [{ op: 'insert', table: 'submissions', values: { year: 2028, state: 'approved', approvedBy: 'Giám đốc Sở', approvedAt: author.at } }],
      final: true,
    });
    // Rolling a 2028 milestone, or into 2028, is refused before anything is written.
    await expect(host.call('roadmap.rollOver', { id: other2028, toYear: 2029, toQuarter: null, reason: 'Thiếu vốn ODA' })).rejects.toMatchObject({
      code: 'YEAR_LOCKED',
      message: 'Báo cáo năm 2028 đã được phê duyệt nên không lùi được mốc của năm 2028. Muốn lùi, mở lại báo cáo năm 2028 (kèm lý do) trước.',
    });
    await expect(host.call('roadmap.rollOver', { id: in2026, toYear: 2028, toQuarter: 1, reason: 'Thiếu vốn' })).rejects.toMatchObject({
      code: 'YEAR_LOCKED',
      message: expect.stringContaining('không lùi được mốc sang năm 2028'),
    });
    expect(milestone(in2026)).toEqual({ year: 2026, quarter: 4 });
    // The grid marks the year's rows locked and refuses their cells.
    const edits = await host.call('roadmap.applyMilestoneEdits', {
      edits: [
        { id: other2028, field: 'owner', value: 'Sở Tài chính' },
        { id: in2026, field: 'year', value: 2028 },
      ],
      newRows: [],
    });
    expect(edits.applied).toBe(0);
    expect(edits.rejected.map((r) => [r.id, r.field, r.code])).toEqual(
      [[other2028, 'owner', 'LOCKED'], [in2026, 'year', 'LOCKED']].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const detail = await host.call('roadmap.getMilestone', { id: other2028 });
    expect(detail.lockedReason).toContain('Báo cáo năm 2028 đã được phê duyệt');
    // Undoing the earlier roll-over would move a milestone out of 2028: the database's trigger refuses it.
    await expect(host.call('history.undo', {})).rejects.toMatchObject({ code: 'YEAR_LOCKED', message: expect.stringContaining('đã được phê duyệt') });
    expect(milestone(rolled)).toEqual({ year: 2028, quarter: 2 });
    expect(rollovers(rolled)).toHaveLength(1);
  });
});
