import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '../../electron/services/history/mutation-path';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The milestones and awareness-activity registers and the timeline, on the sample province in a real SQLite file.

const NOW = new Date('2026-11-30T09:00:00+07:00');

describe('the roadmap registers (sample province)', () => {
  let host: InProcessHost;
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const all = <T>(sql: string, ...params: unknown[]) => sqlite().prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => all<T>(sql, ...params)[0]!;
  const idOf = (title: string) => one<{ id: number }>('SELECT id FROM milestones WHERE title = ?', title).id;
  const links = (id: number) => one<{ t: string | null; k: string | null; p: string | null }>(
    `SELECT t.code AS t, k.stt AS k, p.code AS p FROM milestones m LEFT JOIN targets t ON t.id = m.target_id
     LEFT JOIN key_tasks k ON k.id = m.key_task_id LEFT JOIN projects p ON p.id = m.project_id WHERE m.id = ?`,
    id,
  );

  beforeAll(async () => {
    host = createInProcessHost();
    host.ctx.clock = { now: () => NOW };
    await host.call('file.openSample', {});
  });
  afterAll(() => host.cleanup());

  it('offers every target, key task and project as a link', async () => {
    const choices = await host.call('roadmap.linkChoices', {});
    const counts = one<{ t: number; k: number; p: number }>('SELECT (SELECT count(*) FROM targets) AS t, (SELECT count(*) FROM key_tasks) AS k, (SELECT count(*) FROM projects) AS p');
    expect(choices.filter((c) => c.kind === 'target')).toHaveLength(counts.t);
    expect(choices.filter((c) => c.kind === 'keyTask')).toHaveLength(counts.k);
    expect(choices.filter((c) => c.kind === 'project')).toHaveLength(counts.p);
    expect(choices.find((c) => c.value === 'project:DA-CDS-02')?.label).toMatch(/^Dự án DA-CDS-02: /);
  });

  it('edits cells, relinks (one link column set, the others cleared), pastes by code or name, and refuses unknown links', async () => {
    const id = idOf('Bản đồ số mạng lưới cơ sở GDNN'); // linked to project DA-CDS-17
    const other = idOf('HĐND tỉnh ban hành chính sách hỗ trợ chuyển đổi số GDNN'); // key task 9
    const result = await host.call('roadmap.applyMilestoneEdits', {
      edits: [
        { id, field: 'link', value: 'target:d2' },
        { id, field: 'quarter', value: 'Quý 3' },
        { id, field: 'status', value: 'có nguy cơ' },
        { id, field: 'statusNote', value: 'Chờ dữ liệu từ các trường' },
        { id: other, field: 'link', value: 'DA-CDS-02' },
        { id: other, field: 'year', value: '2036' },
        { id: other, field: 'derivedStatus', value: 'met' },
      ],
      newRows: [],
    });
    expect(result.rejected.map((r) => [r.id, r.field, r.code]).sort()).toEqual([
      [other, 'derivedStatus', 'READ_ONLY'],
      [other, 'year', 'INVALID'],
    ]);
    expect(result.rejected).toHaveLength(2);
    expect(links(id)).toEqual({ t: 'd2', k: null, p: null });
    expect(links(other)).toEqual({ t: null, k: null, p: 'DA-CDS-02' });
    expect(one('SELECT quarter, status, status_note AS note FROM milestones WHERE id = ?', id)).toEqual({ quarter: 3, status: 'at_risk', note: 'Chờ dữ liệu từ các trường' });
    const unknown = await host.call('roadmap.applyMilestoneEdits', { edits: [{ id, field: 'link', value: 'DA-KHONG-CO' }], newRows: [] });
    expect(unknown.applied).toBe(0);
    expect(unknown.rejected[0]).toMatchObject({ field: 'link', code: 'INVALID', message: expect.stringContaining('DA-KHONG-CO') });
    // One undo takes back the whole batch.
    await host.call('history.undo', {});
    expect(links(id)).toEqual({ t: null, k: null, p: 'DA-CDS-17' });
    expect(links(other)).toEqual({ t: null, k: '9', p: null });
  });

  it('adds milestones from pasted rows and deletes one with its roll-over history (undo restores both)', async () => {
    const before = one<{ n: number }>('SELECT count(*) AS n FROM milestones').n;
    const added = await host.call('roadmap.applyMilestoneEdits', {
      edits: [],
      newRows: [
        { title: 'Số hóa 100% hồ sơ tuyển sinh', year: '2028', quarter: 'Q2', link: 'Chỉ tiêu d2', owner: 'Các cơ sở GDNN' },
        { title: '', year: 2029 },
      ],
    });
    expect(added.insertedIds).toHaveLength(1);
    expect(added.rejected).toEqual([expect.objectContaining({ id: -2, field: 'title', code: 'INVALID' })]);
    expect(one('SELECT year, quarter, owner FROM milestones WHERE id = ?', added.insertedIds[0])).toEqual({ year: 2028, quarter: 2, owner: 'Các cơ sở GDNN' });
    expect(links(added.insertedIds[0]!)).toEqual({ t: 'd2', k: null, p: null });

    const rolled = idOf('Vận hành trung tâm dữ liệu GDNN của tỉnh'); // rolled over once in the sample
    expect(one<{ n: number }>('SELECT count(*) AS n FROM milestone_rollovers WHERE milestone_id = ?', rolled).n).toBe(1);
    await host.call('roadmap.deleteMilestone', { id: rolled });
    expect(all('SELECT id FROM milestones WHERE id = ?', rolled)).toEqual([]);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM milestone_rollovers WHERE milestone_id = ?', rolled).n).toBe(0);
    await host.call('history.undo', {});
    expect(one<{ n: number }>('SELECT count(*) AS n FROM milestone_rollovers WHERE milestone_id = ?', rolled).n).toBe(1);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM milestones').n).toBe(before + 1);
  });

  it('edits awareness activities in the grid and locks an approved year', async () => {
    const page = await host.call('roadmap.activityPage', { offset: 0, limit: 100, filters: { kind: ['training'] } });
    expect(page.rows.map((r) => r.heldOn)).toEqual(['2023-03-20', '2024-05-08', '2026-03-26']);
    const id = page.rows[2]!.id;
    const edit = await host.call('roadmap.applyActivityEdits', {
      edits: [{ id, field: 'participants', value: '1.250' }],
      newRows: [{ heldOn: '15/10/2026', kind: 'Hội thảo', title: 'Hội thảo chia sẻ học liệu số', participants: '60' }],
    });
    expect(edit.rejected).toEqual([]);
    expect(one('SELECT participants FROM awareness_activities WHERE id = ?', id)).toEqual({ participants: 1250 });
    expect(one('SELECT held_on AS heldOn, kind FROM awareness_activities WHERE id = ?', edit.insertedIds[0])).toEqual({ heldOn: '2026-10-15', kind: 'workshop' });

    applyChanges(sqlite(), { actor: 'kiem-thu', at: '2026-11-30T09:00:00.000+07:00' }, {
      action: 'test.approve',
      label: 'Phê duyệt báo cáo năm 2024 (kiểm thử)',
      changes: [{ op: 'insert', table: 'submissions', values: { year: 2024, state: 'approved' } }],
      final: true,
    });
    const locked = (await host.call('roadmap.activityPage', { offset: 0, limit: 100, filters: { year: [2024] } })).rows;
    expect(locked).toHaveLength(2);
    expect(locked.every((r) => r.lockedReason?.includes('2024'))).toBe(true);
    const refused = await host.call('roadmap.applyActivityEdits', { edits: [{ id: locked[0]!.id, field: 'participants', value: 1 }], newRows: [] });
    expect(refused.rejected.map((r) => r.code)).toEqual(['LOCKED']);
    await expect(host.call('roadmap.deleteActivity', { id: locked[0]!.id })).rejects.toMatchObject({ code: 'YEAR_LOCKED' });
    // Moving a 2026 activity into the locked year is refused by the database itself, readably, and writes nothing.
    await expect(host.call('roadmap.applyActivityEdits', { edits: [{ id, field: 'heldOn', value: '01/06/2024' }], newRows: [] })).rejects.toMatchObject({ code: 'YEAR_LOCKED' });
    expect(one('SELECT held_on AS heldOn FROM awareness_activities WHERE id = ?', id)).toEqual({ heldOn: '2026-03-26' });
  });

  it('draws the timeline from filtered projects and every milestone', async () => {
    const everything = await host.call('roadmap.timeline', { scope: 'all' });
    const projects = one<{ n: number }>('SELECT count(*) AS n FROM projects').n;
    expect(everything).toMatchObject({ asOf: '2026-11-30', projectsMatching: projects, projectsInFile: projects });
    expect(everything.projects).toHaveLength(projects);
    expect(everything.milestones).toHaveLength(one<{ n: number }>('SELECT count(*) AS n FROM milestones').n);
    const linked = await host.call('roadmap.timeline', { scope: 'linked' });
    const linkedIds = all<{ id: number }>('SELECT DISTINCT project_id AS id FROM milestones WHERE project_id IS NOT NULL ORDER BY 1').map((r) => r.id);
    expect(linked.projects.map((p) => p.id).sort((a, b) => a - b)).toEqual(linkedIds);
    const capped = await host.call('roadmap.timeline', { scope: 'all', limit: 5, stageCodes: ['IMPLEMENTING'] });
    const implementing = one<{ n: number }>("SELECT count(*) AS n FROM projects p JOIN lifecycle_stages s ON s.id = p.stage_id WHERE s.code = 'IMPLEMENTING'").n;
    expect(capped.projects).toHaveLength(Math.min(5, implementing));
    expect(capped.projectsMatching).toBe(implementing);
    expect(capped.projects.every((p) => p.stageCode === 'IMPLEMENTING')).toBe(true);
    // Capped, the projects with milestones come first, so their milestones sit on drawn bars.
    const few = await host.call('roadmap.timeline', { scope: 'all', limit: 3 });
    expect(few.projects).toHaveLength(3);
    expect(few.projects.every((p) => linkedIds.includes(p.id))).toBe(true);
    const searched = await host.call('roadmap.timeline', { scope: 'all', search: 'trung tam du lieu' });
    expect(searched.projects.map((p) => p.code)).toContain('DA-CDS-08');
  });
});
