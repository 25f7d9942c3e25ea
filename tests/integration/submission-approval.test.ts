import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import { applyChanges } from '../../electron/services/history/mutation-path';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The submission of the sample province's 2025 from first open to approval and reopening, on a real SQLite file:
// what approval locks (and only that year), what Undo may and may not take back, and what History shows.

describe('submission approval locks the year', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  const refusal = async (call: Promise<unknown>) => {
    try {
      await call;
    } catch (error) {
      return error as { code: string; message: string };
    }
    throw new Error('expected a refusal');
  };
  let reopened: { id: number; code: string };
  let other2026: { id: number };

  beforeAll(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    sqlite = host.ctx.workspace.require().sqlite;
    // One 2025 return taken back to draft, as when a centre corrects its figures late.
    reopened = one("SELECT i.id, i.code FROM institutions i JOIN assessments a ON a.institution_id = i.id WHERE a.year = 2025 AND a.state = 'approved' ORDER BY i.code LIMIT 1");
    await host.call('assessment.setState', { year: 2025, institutionIds: [reopened.id], state: 'draft', reason: 'Cơ sở xin sửa số liệu' });
    other2026 = one(
      `SELECT a.institution_id AS id FROM assessments a JOIN indicator_values v ON v.institution_id = a.institution_id AND v.year = 2026
       JOIN indicators i ON i.id = v.indicator_id AND i.code = 'teachers_total' WHERE a.year = 2026 AND a.state = 'draft' AND v.value IS NOT NULL
       ORDER BY a.institution_id LIMIT 1`,
    );
  });
  afterAll(() => host.cleanup());

  it('creates the record on first open, with subject, recipients and the narrative, recorded but not undoable', async () => {
    expect(await host.call('submission.get', { year: 2025 })).toBeNull();
    const view = await host.call('submission.open', { year: 2025 });
    expect(view).toMatchObject({
      year: 2025,
      state: 'draft',
      subject: 'Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025',
      documentCode: '    /BC-SGDĐT',
      lockedReason: null,
    });
    expect(view.recipients).toEqual(['Bộ Giáo dục và Đào tạo (Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên)', 'Lưu: VT, GDNN']);
    expect(view.sections.map((s) => s.key)).toEqual(['situation', 'results', 'projects', 'difficulties', 'proposals']);
    expect(view.sections[1]!.body).toContain('chỉ tiêu a1');
    expect(one<{ state: string }>("SELECT state FROM change_sets WHERE action = 'submission.create'").state).toBe('final');
    // A second open finds the same record.
    expect((await host.call('submission.open', { year: 2025 })).id).toBe(view.id);
    expect((await host.call('history.status', {})).undoLabel).not.toMatch(/Lập báo cáo/);
  });

  it('edits fields and sections as undoable changes', async () => {
    const saved = await host.call('submission.update', { year: 2025, patch: { documentNumber: '15', documentDate: '2026-02-05' } });
    expect(saved.submission.documentCode).toBe('15/BC-SGDĐT');
    await host.call('submission.updateSection', { year: 2025, key: 'difficulties', body: 'Nhân lực công nghệ thông tin của các trung tâm còn thiếu.' });
    expect(one<{ body: string }>("SELECT body FROM submission_sections WHERE key = 'difficulties'").body).toMatch(/^Nhân lực/);
    await host.call('history.undo', {});
    expect(one<{ body: string }>("SELECT body FROM submission_sections WHERE key = 'difficulties'").body).toMatch(/^Bên cạnh kết quả/);
    await host.call('history.redo', {});
    expect(one<{ body: string }>("SELECT body FROM submission_sections WHERE key = 'difficulties'").body).toMatch(/^Nhân lực/);
  });

  it('blocks approval on a missing signer, and warns about the open return', async () => {
    await host.call('profile.update', { patch: { signerName: '' } });
    let checks = await host.call('submission.preflight', { year: 2025 });
    const profile = checks.checks.find((c) => c.code === 'profile.missing')!;
    expect(profile).toMatchObject({ severity: 'blocking', count: 1, link: { route: '/settings', params: { field: 'signerName' } } });
    expect(profile.items[0]!.link).toEqual({ route: '/settings', params: { field: 'signerName' } });
    const pending = checks.checks.find((c) => c.code === 'assessments.notApproved')!;
    expect(pending).toMatchObject({ severity: 'warning', count: 1 });
    expect(pending.items[0]!.link).toEqual({ route: '/targets', params: { tab: 'assessment', year: '2025', institution: String(reopened.id) } });
    await host.call('submission.review', { year: 2025 });
    const warnings = checks.checks.filter((c) => c.severity === 'warning').map((c) => c.code);
    const blocked = await refusal(host.call('submission.approve', { year: 2025, acknowledgedWarnings: warnings }));
    expect(blocked.code).toBe('CONSTRAINT_VIOLATION');
    expect(blocked.message).toContain('hồ sơ tỉnh thiếu thông tin');
    await host.call('profile.update', { patch: { signerName: 'Nguyễn Văn Minh' } });
    checks = await host.call('submission.preflight', { year: 2025 });
    expect(checks.blocking).toBe(0);
    const unread = await refusal(host.call('submission.approve', { year: 2025, acknowledgedWarnings: [] }));
    expect(unread.code).toBe('INVALID_INPUT');
    expect(one<{ state: string }>('SELECT state FROM submissions WHERE year = 2025').state).toBe('reviewed');
  });

  it('approves, and then no write to 2025 goes through while 2026 stays editable', async () => {
    const checks = await host.call('submission.preflight', { year: 2025 });
    const approved = await host.call('submission.approve', { year: 2025, acknowledgedWarnings: checks.checks.map((c) => c.code) });
    expect(approved.submission).toMatchObject({ state: 'approved', approvedBy: 'kiem-thu', reviewedBy: 'kiem-thu' });
    expect(approved.submission.lockedReason).toContain('đã khóa');

    const valuesBefore = one<{ n: number; sum: number }>('SELECT count(*) AS n, total(value) AS sum FROM indicator_values WHERE year = 2025');
    // The grid refuses the cell with the reason before anything is written, and shows it on every cell of the year.
    const value = await host.call('assessment.applyEdits', { year: 2025, edits: [{ institutionId: reopened.id, indicatorCode: 'teachers_total', value: 999 }] });
    expect(value.changeSetId).toBeNull();
    expect(value.rejected).toEqual([
      expect.objectContaining({ id: reopened.id, field: 'teachers_total', code: 'LOCKED', message: expect.stringContaining('Báo cáo năm 2025 gửi Bộ đã được phê duyệt') }),
    ]);
    const grid = await host.call('assessment.grid', { year: 2025, query: { offset: 0, limit: 5 } });
    expect(grid.rows.every((r) => r.lockedReason?.includes('số liệu năm 2025 đã khóa'))).toBe(true);
    // Locked, not warned: the figures' own warnings stay what they were.
    expect(grid.rows.some((r) => Object.values(r.warnings).some((w) => w.includes('đã khóa')))).toBe(false);
    expect((await host.call('assessment.grid', { year: 2026, query: { offset: 0, limit: 5 } })).rows.some((r) => r.lockedReason !== undefined)).toBe(false);
    // The database refuses it whatever path it comes by.
    const valueRow = one<{ id: number }>('SELECT id FROM indicator_values WHERE year = 2025 AND institution_id = ? LIMIT 1', reopened.id);
    expect(() => applyChanges(sqlite, { actor: 'x', at: '2026-02-06T08:00:00+07:00' }, { action: 't', label: 't', changes: [{ op: 'update', table: 'indicator_values', id: valueRow.id, set: { value: 1 } }] })).toThrow(
      expect.objectContaining({ code: 'YEAR_LOCKED' }),
    );
    expect(one('SELECT count(*) AS n, total(value) AS sum FROM indicator_values WHERE year = 2025')).toEqual(valuesBefore);

    const allocation = one<{ project_id: number; source_id: number; planned_dong: number }>('SELECT project_id, source_id, planned_dong FROM allocations WHERE year = 2025 ORDER BY id LIMIT 1');
    const capitalBefore = one<{ sum: number }>('SELECT total(planned_dong) + total(coalesce(adjusted_dong, 0)) AS sum FROM allocations WHERE year = 2025');
    const rowId = allocation.project_id * 1000 + allocation.source_id;
    const money = await host.call('capital.applyMatrixEdits', { measure: 'planned', edits: [{ id: rowId, field: 'y2025', value: allocation.planned_dong + 1_000_000 }], newRows: [] });
    expect(money.rejected).toEqual([expect.objectContaining({ id: rowId, field: 'y2025', code: 'LOCKED', message: expect.stringContaining('số liệu năm 2025 đã khóa') })]);
    const matrix = await host.call('capital.matrix', { measure: 'planned', fromYear: 2024, toYear: 2026, offset: 0, limit: 500 });
    const row = matrix.rows.find((r) => r.id === rowId)!;
    // Only the approved year's cells lock; the row (and its open years) does not.
    expect(row.cellLocks.y2025).toContain('đã khóa');
    expect(row.cellLocks.y2026).toBeUndefined();
    expect(row.cellLocks.y2024).toBeUndefined();
    expect(row.locked === null || row.stageCode === 'CANCELLED').toBe(true);
    // The database refuses an allocation write whatever path it comes by.
    const allocationRow = one<{ id: number }>('SELECT id FROM allocations WHERE year = 2025 ORDER BY id LIMIT 1');
    expect(() => applyChanges(sqlite, { actor: 'x', at: '2026-02-06T08:00:00+07:00' }, { action: 't', label: 't', changes: [{ op: 'update', table: 'allocations', id: allocationRow.id, set: { disbursedDong: 1 } }] })).toThrow(
      expect.objectContaining({ code: 'YEAR_LOCKED' }),
    );
    expect(one('SELECT total(planned_dong) + total(coalesce(adjusted_dong, 0)) AS sum FROM allocations WHERE year = 2025')).toEqual(capitalBefore);

    const section = await refusal(host.call('submission.updateSection', { year: 2025, key: 'proposals', body: 'x' }));
    expect(section.code).toBe('YEAR_LOCKED');

    // Another year is untouched by the lock.
    const teachers2026 = () =>
      one<{ value: number }>("SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.year = 2026 AND v.institution_id = ? AND i.code = 'teachers_total'", other2026.id).value;
    const more = teachers2026() + 7;
    const edit = await host.call('assessment.applyEdits', { year: 2026, edits: [{ institutionId: other2026.id, indicatorCode: 'teachers_total', value: more }] });
    expect(edit.rejected).toEqual([]);
    expect(teachers2026()).toBe(more);
    expect((await host.call('submission.lockedYears', {})).map((y) => y.year)).toEqual([2025]);
  });

  it('Undo never takes the approval back', async () => {
    // Undo walks back past the 2026 edit and the profile changes (neither is locked) to the 2025 narrative edit made
    // before approval, which the lock refuses: the approval itself is never on the undo stack.
    const undone: string[] = [];
    let blocked: { code: string; message: string } | undefined;
    for (let i = 0; i < 10 && !blocked; i++) {
      const label = (await host.call('history.status', {})).undoLabel;
      try {
        await host.call('history.undo', {});
        undone.push(label ?? '');
      } catch (error) {
        blocked = error as { code: string; message: string };
      }
    }
    expect(undone).toHaveLength(3);
    expect(blocked?.code).toBe('YEAR_LOCKED');
    expect((await host.call('history.status', {})).undoLabel).toMatch(/Sửa mục "Khó khăn, vướng mắc"/);
    expect(one<{ state: string }>('SELECT state FROM submissions WHERE year = 2025').state).toBe('approved');
    expect(one<{ state: string }>("SELECT state FROM change_sets WHERE action = 'submission.approve'").state).toBe('final');
  });

  it('reopens only with a reason, unlocking the year, and History shows every step', async () => {
    const empty = await refusal(host.call('submission.reopen', { year: 2025, reason: '   ' }));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(one<{ state: string }>('SELECT state FROM submissions WHERE year = 2025').state).toBe('approved');
    const view = await host.call('submission.reopen', { year: 2025, reason: 'Bổ sung số liệu của Trung tâm GDNN huyện cũ' });
    expect(view.submission).toMatchObject({ state: 'reviewed', reopenReason: 'Bổ sung số liệu của Trung tâm GDNN huyện cũ', approvedAt: null, lockedReason: null });
    expect(view.submission.reopenedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const edit = await host.call('assessment.applyEdits', { year: 2025, edits: [{ institutionId: reopened.id, indicatorCode: 'teachers_total', value: 999 }] });
    expect(edit.rejected).toEqual([]);
    expect(await host.call('submission.lockedYears', {})).toEqual([]);

    expect(view.submission.events.map((e) => e.action)).toEqual(['submission.reopen', 'submission.approve', 'submission.review', 'submission.create']);
    const steps = sqlite
      .prepare("SELECT action, label, state, actor FROM change_sets WHERE action IN ('submission.review', 'submission.approve', 'submission.reopen') ORDER BY id")
      .all() as { action: string; label: string; state: string; actor: string }[];
    expect(steps.map((s) => [s.action, s.state, s.actor])).toEqual([
      ['submission.review', 'final', 'kiem-thu'],
      ['submission.approve', 'final', 'kiem-thu'],
      ['submission.reopen', 'final', 'kiem-thu'],
    ]);
    expect(steps[2]!.label).toContain('Bổ sung số liệu');
    const history = await host.call('history.list', { table: 'submissions', recordId: view.submission.id });
    expect(history.total).toBeGreaterThanOrEqual(4);
  });
});
