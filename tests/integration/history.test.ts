import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, historyStatus, redo, undo } from '../../electron/services/history/mutation-path';
import { localIsoTimestamp } from '../../electron/services/platform';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

const author = { actor: 'kiem-thu', at: '2026-11-29T10:00:00.000Z' };

describe('the audit trail and app-wide undo / redo', () => {
  let host: InProcessHost;
  beforeEach(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const snapshot = (table: string) => sqlite().prepare(`SELECT * FROM ${table} ORDER BY id`).all();

  it('records who, when, which field and old → new in the same transaction as the change', async () => {
    await host.call('profile.update', { patch: { signerName: 'Lê Văn C', documentCode: 'BC-SGDĐT-2' } });
    const rows = sqlite()
      .prepare(
        `SELECT c.actor, c.action, a.table_name, a.row_id, a.field, a.old_value, a.new_value FROM audit_rows a
         JOIN change_sets c ON c.id = a.change_set_id WHERE c.action = 'profile.update' ORDER BY a.field`,
      )
      .all();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actor: 'kiem-thu', table_name: 'province_profile', row_id: 1, field: 'signer_name', new_value: '"Lê Văn C"' });
  });

  it('leaves no change set when nothing changes', async () => {
    const profile = await host.call('profile.get', {});
    const before = (await host.call('history.list', {})).total;
    await host.call('profile.update', { patch: { signerName: profile.signerName } });
    expect((await host.call('history.list', {})).total).toBe(before);
  });

  it('undoes and redoes inserts, updates and deletes exactly, in order', () => {
    const institutions = snapshot('institutions');
    const first = institutions[0] as { id: number; name: string };
    const typeId = (sqlite().prepare("SELECT id FROM institution_types WHERE code = 'CD'").get() as { id: number }).id;
    const ownershipId = (sqlite().prepare("SELECT id FROM ownership_kinds WHERE code = 'CONG_LAP'").get() as { id: number }).id;
    const governance = snapshot('institution_governance');

    applyChanges(sqlite(), author, {
      action: 'test.a',
      label: 'A',
      changes: [{ op: 'update', table: 'institutions', id: first.id, set: { name: 'Tên mới', teachers: 999 } }],
    });
    const afterA = snapshot('institutions');
    const inserted = applyChanges(sqlite(), author, {
      action: 'test.b',
      label: 'B',
      changes: [{ op: 'insert', table: 'institutions', values: { code: 'NEW-1', name: 'Cơ sở mới', typeId, ownershipId } }],
    });
    const newId = inserted.insertedIds[0]!;
    applyChanges(sqlite(), author, {
      action: 'test.c',
      label: 'C',
      changes: [
        { op: 'insert', table: 'institution_governance', values: { institutionId: newId, governingBody: 'UBND tỉnh', validFrom: '2026-01-01' } },
      ],
    });
    const afterC = { institutions: snapshot('institutions'), governance: snapshot('institution_governance') };
    expect(historyStatus(sqlite()).undoLabel).toBe('C');

    undo(sqlite(), author);
    undo(sqlite(), author);
    expect(snapshot('institutions')).toEqual(afterA);
    expect(snapshot('institution_governance')).toEqual(governance);
    undo(sqlite(), author);
    expect(snapshot('institutions')).toEqual(institutions);
    expect(historyStatus(sqlite())).toMatchObject({ canRedo: true, redoLabel: 'A' });

    redo(sqlite(), author);
    redo(sqlite(), author);
    redo(sqlite(), author);
    expect(snapshot('institutions')).toEqual(afterC.institutions);
    expect(snapshot('institution_governance')).toEqual(afterC.governance);
    expect(historyStatus(sqlite())).toMatchObject({ canRedo: false, undoLabel: 'C' });
  });

  it('puts a deleted row back with every field', () => {
    const row = snapshot('milestones')[0] as { id: number };
    applyChanges(sqlite(), author, { action: 'test.delete', label: 'Xóa', changes: [{ op: 'delete', table: 'milestones', id: row.id }] });
    expect(sqlite().prepare('SELECT * FROM milestones WHERE id = ?').get(row.id)).toBeUndefined();
    undo(sqlite(), author);
    expect(sqlite().prepare('SELECT * FROM milestones WHERE id = ?').get(row.id)).toEqual(row);
  });

  it('discards the redo stack when a new change is made', async () => {
    await host.call('profile.update', { patch: { signerName: 'Một' } });
    await host.call('history.undo', {});
    expect((await host.call('history.status', {})).canRedo).toBe(true);
    await host.call('profile.update', { patch: { signerName: 'Hai' } });
    expect((await host.call('history.status', {})).canRedo).toBe(false);
    await expect(host.dispatch('history.redo', {})).resolves.toMatchObject({ ok: false, error: { code: 'NOTHING_TO_REDO' } });
  });

  it('never undoes the creation of the file', async () => {
    await expect(host.dispatch('history.undo', {})).resolves.toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
    expect(snapshot('institutions').length).toBeGreaterThan(0);
  });

  it('rolls back the whole change set when one change breaks a constraint', () => {
    const [a, b] = snapshot('institutions') as { id: number; code: string; name: string }[];
    const before = snapshot('institutions');
    expect(() =>
      applyChanges(sqlite(), author, {
        action: 'test.bad',
        label: 'Bad',
        changes: [
          { op: 'update', table: 'institutions', id: a!.id, set: { name: 'Đổi tên hợp lệ' } },
          { op: 'update', table: 'institutions', id: b!.id, set: { code: a!.code } },
        ],
      }),
    ).toThrow(/ràng buộc/);
    expect(snapshot('institutions')).toEqual(before);
  });

  it('keeps undo and redo across a restart: the stack lives in the file', async () => {
    await host.call('profile.update', { patch: { signerName: 'Trước khi đóng' } });
    const file = host.ctx.workspace.require().file;
    host.close();
    const again = createInProcessHost({ dir: host.dir });
    try {
      const recent = (await again.call('app.getState', {})).recentFiles.find((f) => f.path === file)!;
      await again.call('file.openRecent', { id: recent.id });
      expect((await again.call('history.status', {})).undoLabel).toBe('Cập nhật hồ sơ tỉnh');
      await again.call('history.undo', {});
      expect((await again.call('profile.get', {})).signerName).not.toBe('Trước khi đóng');
      const db = new Database(file, { readonly: true });
      expect(db.prepare("SELECT count(*) AS n FROM change_sets WHERE kind = 'undo'").get()).toEqual({ n: 1 });
      db.close();
    } finally {
      again.close();
    }
  });

  it('filters the history by table, record and date', async () => {
    await host.call('profile.update', { patch: { signerName: 'Lọc' } });
    const byTable = await host.call('history.list', { table: 'province_profile' });
    expect(byTable.rows.map((r) => r.action)).toEqual(['profile.update']);
    await expect(host.call('history.list', { table: 'projects' })).resolves.toMatchObject({ total: 0 });
    await expect(host.call('history.list', { table: 'province_profile', recordId: 2 })).resolves.toMatchObject({ total: 0 });
    await expect(host.call('history.list', { from: '2000-01-01', to: '2000-12-31' })).resolves.toMatchObject({ total: 0 });
    const today = localIsoTimestamp(new Date()).slice(0, 10);
    expect((await host.call('history.list', { from: today, to: today })).total).toBeGreaterThanOrEqual(1);
  });
});
