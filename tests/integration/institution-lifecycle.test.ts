import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rolledUpValues, rollupTargetOf, rollupTargets } from '../../db/queries/institution-rollup';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// Sample province codes used below (all active, governed from 01/07/2025 or not governed).
const A = 'SL-TC01';
const B = 'SL-TC03';
const C = 'SL-CD01';

describe('institution lifecycle: merge, split, rename, dissolve, governing body', () => {
  let host: InProcessHost;
  beforeEach(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
  });
  afterEach(() => host.cleanup());

  const sqlite = () => host.ctx.workspace.require().sqlite;
  const idOf = (code: string) => (sqlite().prepare('SELECT id FROM institutions WHERE code = ?').get(code) as { id: number }).id;
  const row = (id: number) =>
    sqlite().prepare('SELECT id, code, name, status, successor_id, status_changed_on, teachers, managers, learners, founded_year FROM institutions WHERE id = ?').get(id) as {
      id: number;
      code: string;
      name: string;
      status: string;
      successor_id: number | null;
      status_changed_on: string | null;
      teachers: number | null;
      managers: number | null;
      learners: number | null;
      founded_year: number | null;
    };
  const snapshot = () =>
    Object.fromEntries(
      ['institutions', 'institution_governance', 'institution_events', 'institution_event_links'].map((t) => [t, sqlite().prepare(`SELECT * FROM ${t} ORDER BY id`).all()]),
    );
  const changeSets = () => (sqlite().prepare("SELECT count(*) AS n FROM change_sets WHERE kind = 'do'").get() as { n: number }).n;
  const governance = (id: number) =>
    sqlite().prepare('SELECT governing_body AS body, valid_from AS "from", valid_to AS "to" FROM institution_governance WHERE institution_id = ? ORDER BY valid_from').all(id);
  const links = (eventId: number) =>
    sqlite().prepare('SELECT institution_id AS id, role FROM institution_event_links WHERE event_id = ? ORDER BY id').all(eventId) as { id: number; role: string }[];

  /** Each action is one change set, and one undo puts every table back. */
  async function expectOneUndoStep(before: ReturnType<typeof snapshot>, count: number) {
    expect(changeSets()).toBe(count + 1);
    await host.call('history.undo', {});
    expect(snapshot()).toEqual(before);
    await host.call('history.redo', {});
  }

  it('merges A into B and B into C: the chain rolls up into C, reports can sum the past, one undo step each', async () => {
    const [a, b, c] = [idOf(A), idOf(B), idOf(C)];
    const [ra, rb, rc] = [row(a), row(b), row(c)];
    const before = snapshot();
    const count = changeSets();
    const first = await host.call('institutions.merge', { sourceIds: [a], into: { existingId: b }, occurredOn: '2026-01-15', legalBasis: 'QĐ 15/QĐ-UBND ngày 10/01/2026' });
    expect(first.label).toBe(`Sáp nhập ${ra.name} vào ${rb.name}`);
    expect(row(a)).toMatchObject({ status: 'merged', successor_id: b, status_changed_on: '2026-01-15' });
    expect(row(b).teachers).toBe(ra.teachers! + rb.teachers!);
    expect(governance(a).at(-1)).toMatchObject({ to: '2026-01-14' });
    expect(links(first.eventId!)).toEqual([
      { id: a, role: 'source' },
      { id: b, role: 'result' },
    ]);
    expect(sqlite().prepare('SELECT kind, occurred_on, legal_basis FROM institution_events WHERE id = ?').get(first.eventId)).toEqual({
      kind: 'merge',
      occurred_on: '2026-01-15',
      legal_basis: 'QĐ 15/QĐ-UBND ngày 10/01/2026',
    });
    await expectOneUndoStep(before, count);

    await host.call('institutions.merge', { sourceIds: [b], into: { existingId: c }, occurredOn: '2026-06-01', addCounts: false });
    expect(row(c).teachers).toBe(rc.teachers);
    const targets = rollupTargets(sqlite());
    expect([targets.get(a), targets.get(b), targets.get(c)]).toEqual([c, c, c]);
    expect(rollupTargetOf(sqlite(), a)).toBe(c);
    // The sample's own merger (SL-TC02 into SL-CD01) rolls up the same way.
    expect(targets.get(idOf('SL-TC02'))).toBe(c);

    const value = (id: number, year: number) =>
      (sqlite()
        .prepare("SELECT v.value FROM indicator_values v JOIN indicators d ON d.id = v.indicator_id WHERE d.code = 'teachers_total' AND v.institution_id = ? AND v.year = ?")
        .get(id, year) as { value: number } | undefined)?.value ?? 0;
    const rolled = rolledUpValues(sqlite(), 2023, 'teachers_total');
    const intoC = rolled.find((r) => r.institutionId === c)!;
    const tc02 = idOf('SL-TC02');
    expect(intoC.value).toBe(value(a, 2023) + value(b, 2023) + value(c, 2023) + value(tc02, 2023));
    expect(intoC.contributorIds).toEqual([c, ...[a, b, tc02].sort((x, y) => x - y)]);
    expect(rolled.some((r) => r.institutionId === a || r.institutionId === b)).toBe(false);
    const total = (sqlite().prepare(
      "SELECT sum(v.value) AS s FROM indicator_values v JOIN indicators d ON d.id = v.indicator_id WHERE d.code = 'teachers_total' AND v.year = 2023",
    ).get() as { s: number }).s;
    expect(rolled.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBe(total);

    await host.call('history.undo', {});
    expect(rollupTargetOf(sqlite(), a)).toBe(b);
    expect(row(b).status).toBe('active');
  });

  it('merges two institutions into a new one (hợp nhất) whose head counts are their sums', async () => {
    const [a, b] = [idOf(A), idOf(B)];
    const [ra, rb] = [row(a), row(b)];
    const before = snapshot();
    const count = changeSets();
    const result = await host.call('institutions.merge', {
      sourceIds: [a, b],
      into: { newInstitution: { code: 'SL-CD06', name: 'Trường Cao đẳng Kỹ thuật Sông Lam', typeCode: 'CD', ownershipCode: 'CONG_LAP', governingBody: 'UBND tỉnh Sông Lam' } },
      occurredOn: '2026-03-01',
    });
    const created = result.institutionIds[0]!;
    expect(result.label).toBe(`Hợp nhất ${ra.name} và ${rb.name} thành Trường Cao đẳng Kỹ thuật Sông Lam`);
    expect(row(created)).toMatchObject({
      code: 'SL-CD06',
      status: 'active',
      founded_year: 2026,
      teachers: ra.teachers! + rb.teachers!,
      managers: ra.managers! + rb.managers!,
      learners: ra.learners! + rb.learners!,
    });
    expect(governance(created)).toEqual([{ body: 'UBND tỉnh Sông Lam', from: '2026-03-01', to: null }]);
    expect([row(a).successor_id, row(b).successor_id]).toEqual([created, created]);
    expect(links(result.eventId!).map((l) => l.role)).toEqual(['source', 'source', 'result']);
    await expectOneUndoStep(before, count);
  });

  it('splits one institution into new ones; the source keeps its past and has no successor', async () => {
    const s = idOf('SL-GDTX02');
    const before = snapshot();
    const count = changeSets();
    const result = await host.call('institutions.split', {
      sourceId: s,
      results: [
        { code: 'SL-GDTX13', name: 'Trung tâm GDNN-GDTX xã Kỳ Phong', typeCode: 'TTGDNN_GDTX', ownershipCode: 'CONG_LAP', commune: 'Xã Kỳ Phong' },
        { code: 'SL-GDTX14', name: 'Trung tâm GDNN-GDTX xã Đức Thịnh', typeCode: 'TTGDNN_GDTX', ownershipCode: 'CONG_LAP' },
      ],
      occurredOn: '2026-09-01',
      legalBasis: 'QĐ 99/QĐ-UBND',
    });
    expect(result.label).toMatch(/^Chia tách Trung tâm GDNN-GDTX khu vực Kỳ Phong thành Trung tâm GDNN-GDTX xã Kỳ Phong và Trung tâm GDNN-GDTX xã Đức Thịnh$/);
    expect(row(s)).toMatchObject({ status: 'split', successor_id: null, status_changed_on: '2026-09-01' });
    expect(rollupTargetOf(sqlite(), s)).toBe(s);
    // Đức Thịnh merged into the centre in 2025; it still rolls up into it, not into a result of the split.
    expect(rollupTargetOf(sqlite(), idOf('SL-GDTX03'))).toBe(s);
    const [r1, r2] = result.institutionIds;
    expect(row(r1!)).toMatchObject({ code: 'SL-GDTX13', teachers: null, founded_year: 2026 });
    expect(links(result.eventId!)).toEqual([
      { id: s, role: 'source' },
      { id: r1, role: 'result' },
      { id: r2, role: 'result' },
    ]);
    expect(governance(s).at(-1)).toMatchObject({ to: '2026-08-31' });
    await expectOneUndoStep(before, count);
  });

  it('renames and dissolves as recorded events', async () => {
    const id = idOf(A);
    const old = row(id).name;
    let before = snapshot();
    let count = changeSets();
    const renamed = await host.call('institutions.rename', { id, newName: '  Trường Trung cấp Kinh tế -  Kỹ thuật Sông Lam ', occurredOn: '2026-02-01' });
    expect(renamed.label).toBe(`Đổi tên ${old} thành Trường Trung cấp Kinh tế - Kỹ thuật Sông Lam`);
    expect(row(id).name).toBe('Trường Trung cấp Kinh tế - Kỹ thuật Sông Lam');
    expect(sqlite().prepare('SELECT kind, old_name, new_name FROM institution_events WHERE id = ?').get(renamed.eventId)).toEqual({
      kind: 'rename',
      old_name: old,
      new_name: 'Trường Trung cấp Kinh tế - Kỹ thuật Sông Lam',
    });
    await expectOneUndoStep(before, count);

    before = snapshot();
    count = changeSets();
    const dissolved = await host.call('institutions.dissolve', { id, occurredOn: '2026-10-01' });
    expect(dissolved.label).toBe('Giải thể Trường Trung cấp Kinh tế - Kỹ thuật Sông Lam');
    expect(row(id)).toMatchObject({ status: 'dissolved', successor_id: null, status_changed_on: '2026-10-01' });
    expect(governance(id).every((g) => (g as { to: string | null }).to !== null)).toBe(true);
    await expectOneUndoStep(before, count);

    const lifecycle = await host.call('institutions.getLifecycle', { id });
    expect(lifecycle.events.map((e) => e.kind)).toEqual(['rename', 'dissolve']);
    expect(lifecycle.institution).toMatchObject({ status: 'dissolved', successor: null, rollsUpInto: { id } });
  });

  it('changes the governing body on a date, closing the current one the day before', async () => {
    const id = idOf(B);
    const history = governance(id);
    const before = snapshot();
    const count = changeSets();
    const result = await host.call('institutions.setGoverningBody', { id, governingBody: 'UBND tỉnh Sông Lam', validFrom: '2026-01-01' });
    expect(result.label).toBe(`Đổi cơ quan chủ quản của ${row(id).name} sang UBND tỉnh Sông Lam từ 01/01/2026`);
    expect(governance(id)).toEqual([...history.slice(0, -1), { ...(history.at(-1) as object), to: '2025-12-31' }, { body: 'UBND tỉnh Sông Lam', from: '2026-01-01', to: null }]);
    await expectOneUndoStep(before, count);

    await host.call('institutions.setGoverningBody', { id, governingBody: null, validFrom: '2026-07-01' });
    expect(governance(id).at(-1)).toEqual({ body: 'UBND tỉnh Sông Lam', from: '2026-01-01', to: '2026-06-30' });
    const lifecycle = await host.call('institutions.getLifecycle', { id });
    expect(lifecycle.governance.at(-1)).toMatchObject({ governingBody: 'UBND tỉnh Sông Lam', validTo: '2026-06-30' });
    expect(lifecycle.knownGoverningBodies).toContain('UBND tỉnh Sông Lam');
  });

  it('refuses impossible actions with a clear Vietnamese reason and writes nothing', async () => {
    const [a, b] = [idOf(A), idOf(B)];
    const merged = idOf('SL-TC02');
    const before = snapshot();
    const refusal = async (method: Parameters<InProcessHost['dispatch']>[0], input: unknown) => {
      const envelope = await host.dispatch(method, input);
      expect(envelope.ok).toBe(false);
      return (envelope as { error: { code: string; message: string } }).error;
    };
    expect(await refusal('institutions.merge', { sourceIds: [a], into: { existingId: a }, occurredOn: '2026-01-15' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Không thể sáp nhập một cơ sở vào chính nó.',
    });
    expect((await refusal('institutions.merge', { sourceIds: [merged], into: { existingId: b }, occurredOn: '2026-01-15' })).message).toMatch(
      /Trường Trung cấp Nghề Hà Sơn \(SL-TC02\) đã sáp nhập từ ngày 01\/08\/2024; không thể thực hiện thao tác này\./,
    );
    expect((await refusal('institutions.rename', { id: merged, newName: 'Tên khác', occurredOn: '2026-01-15' })).message).toMatch(/đã sáp nhập/);
    expect((await refusal('institutions.merge', { sourceIds: [a, a], into: { existingId: b }, occurredOn: '2026-01-15' })).message).toMatch(/lặp lại/);
    expect((await refusal('institutions.merge', { sourceIds: [a], into: { existingId: b }, occurredOn: '2025-02-30' })).code).toBe('INVALID_INPUT');
    expect((await refusal('institutions.dissolve', { id: a, occurredOn: '2029-01-01' })).message).toMatch(/nằm ngoài khoảng cho phép/);
    expect((await refusal('institutions.dissolve', { id: a, occurredOn: '2025-05-01' })).message).toMatch(/phải sau ngày 01\/07\/2025/);
    expect((await refusal('institutions.dissolve', { id: a, occurredOn: '1970-05-01' })).message).toMatch(/trước năm thành lập 1978/);
    expect(
      (
        await refusal('institutions.merge', {
          sourceIds: [a, b],
          into: { newInstitution: { code: 'sl-cd01', name: 'Mới', typeCode: 'CD', ownershipCode: 'CONG_LAP' } },
          occurredOn: '2026-01-15',
        })
      ).message,
    ).toMatch(/Mã "sl-cd01" đã được dùng cho Trường Cao đẳng Kỹ thuật Công nghiệp Sông Lam/);
    expect(
      (await refusal('institutions.merge', { sourceIds: [a], into: { newInstitution: { code: 'N1', name: 'Mới', typeCode: 'CD', ownershipCode: 'CONG_LAP' } }, occurredOn: '2026-01-15' }))
        .message,
    ).toMatch(/cần ít nhất hai cơ sở/);
    expect(
      (await refusal('institutions.split', { sourceId: a, results: [{ code: 'N1', name: 'Một', typeCode: 'TC', ownershipCode: 'CONG_LAP' }], occurredOn: '2026-01-15' })).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await refusal('institutions.split', {
          sourceId: a,
          results: [
            { code: 'N1', name: 'Một', typeCode: 'XX', ownershipCode: 'CONG_LAP' },
            { code: 'N2', name: 'Hai', typeCode: 'TC', ownershipCode: 'CONG_LAP' },
          ],
          occurredOn: '2026-01-15',
        })
      ).message,
    ).toBe('Loại hình "XX" không có trong danh mục.');
    expect((await refusal('institutions.rename', { id: a, newName: row(b).name.normalize('NFD').toUpperCase(), occurredOn: '2026-01-15' })).message).toMatch(
      /Đã có cơ sở đang hoạt động tên/,
    );
    expect((await refusal('institutions.setGoverningBody', { id: b, governingBody: 'UBND tỉnh', validFrom: '2025-07-01' })).message).toMatch(/phải sau ngày 01\/07\/2025/);
    const current = (governance(b).at(-1) as { body: string }).body;
    expect((await refusal('institutions.setGoverningBody', { id: b, governingBody: current, validFrom: '2026-01-01' })).message).toMatch(/đã thuộc/);
    expect((await refusal('institutions.getLifecycle', { id: 999_999 })).code).toBe('NOT_FOUND');
    expect(snapshot()).toEqual(before);
  });

  it('stops at a successor cycle in a hand-edited file instead of looping', () => {
    const [a, b] = [idOf(A), idOf(B)];
    sqlite().prepare('UPDATE institutions SET successor_id = ? WHERE id = ?').run(b, a);
    sqlite().prepare('UPDATE institutions SET successor_id = ? WHERE id = ?').run(a, b);
    const targets = rollupTargets(sqlite());
    expect([targets.get(a), targets.get(b)]).toEqual([a, b]);
    expect(targets.size).toBe((sqlite().prepare('SELECT count(*) AS n FROM institutions').get() as { n: number }).n);
  });
});
