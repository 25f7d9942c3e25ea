import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// The project register: grid edits with funding by source, key tasks and their links, lifecycle steps with legal
// basis (warned, never blocked), documents stored in the file outside the audit trail, and the derived group.

const B = 1_000_000_000;

describe('the project register', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());
  const sqlite = () => host.ctx.workspace.require().sqlite;

  it('lists projects with funding by source, the derived group and its reason, filtered and sorted', async () => {
    const page = await host.call('projects.list', { offset: 0, limit: 50, sort: { field: 'totalInvestmentDong', direction: 'desc' } });
    expect(page.rows.map((r) => r.code)).toEqual(['DA-CT', 'DA-ODA', 'DA-HT', 'DA-DX', 'DA-KCM', 'DA-HUY']);
    const ct = page.rows[0]!;
    expect(ct).toMatchObject({ funding: { NSTW: 8_000 * M, NSDP: 4_000 * M }, totalInvestmentDong: 12_000 * M, groupCode: 'C' });
    // Policy approved 10/07/2024: the 2019 law was in force, whose bands are marked unconfirmed in the data.
    expect(ct.groupReason).toBe('Nhóm C theo Luật Đầu tư công 2019: 12 tỷ đồng < 45 tỷ đồng (ngày phê duyệt chủ trương đầu tư 10/07/2024; ngưỡng chưa được xác nhận)');
    const decided = await host.call('projects.list', { offset: 0, limit: 50, filters: { stageCode: ['IMPLEMENTING'] } });
    expect(decided.rows.map((r) => r.code)).toEqual(['DA-CT', 'DA-ODA']);
    const totals = await host.call('projects.totals', { filters: { stageCode: ['IMPLEMENTING'] } });
    expect(totals).toEqual({ count: 2, totalInvestmentDong: 22_000 * M, funding: { NSTW: 8_000 * M, NSDP: 6_000 * M, ODA: 8_000 * M } });
  });

  it('edits fields and funding as one change, refuses a start after the end, and undoes', async () => {
    const result = await host.call('projects.applyEdits', {
      edits: [
        { id: fx.ids.KCM, field: 'name', value: 'Phòng học thông minh hai trường' },
        { id: fx.ids.KCM, field: 'funding_NSTW', value: '500' },
        { id: fx.ids.KCM, field: 'funding_NSDP', value: null },
        { id: fx.ids.DX, field: 'startYear', value: 2030 },
        { id: fx.ids.DX, field: 'stageCode', value: 'COMPLETED' },
      ],
      newRows: [],
    });
    expect(result.rejected.map((r) => [r.id, r.field, r.code])).toEqual([
      [fx.ids.DX, 'stageCode', 'READ_ONLY'],
      [fx.ids.DX, 'startYear', 'INVALID'],
    ]);
    expect(result.rejected[1]!.message).toBe('Năm khởi công 2030 sau năm hoàn thành 2028');
    const kcm = await host.call('projects.get', { id: fx.ids.KCM });
    expect(kcm.funding).toEqual({ NSTW: 500 * M });
    // Its NSĐP allocations (2.000) now have no share: warned on the funding cell.
    expect(result.warnings.find((w) => w.field === 'funding_NSDP')?.message).toContain('không có nguồn này');
    await host.call('history.undo', {});
    expect((await host.call('projects.get', { id: fx.ids.KCM })).funding).toEqual({ NSDP: 2_000 * M });
  });

  it('adds projects as PROPOSED with their funding, and refuses duplicates and missing fields', async () => {
    const result = await host.call('projects.applyEdits', {
      edits: [],
      newRows: [
        { code: 'DA-MOI', name: 'Dự án mới', investor: 'Sở GDĐT', startYear: 2027, endYear: 2029, funding_NSDP: 1_000 * M, hasConstruction: 'có' },
        { code: 'da-ct', name: 'Trùng mã', investor: 'Sở GDĐT', startYear: 2027, endYear: 2028 },
        { code: 'DA-THIEU', name: 'Thiếu chủ đầu tư', startYear: 2027, endYear: 2028 },
      ],
    });
    expect(result.insertedIds).toHaveLength(1);
    expect(result.rejected.map((r) => [r.id, r.field])).toEqual([
      [-3, 'investor'],
      [-2, 'code'],
    ]);
    const created = await host.call('projects.get', { id: result.insertedIds[0]! });
    expect(created).toMatchObject({ stageCode: 'PROPOSED', hasConstruction: true, funding: { NSDP: 1_000 * M } });
    expect(created.group.reason).toContain('chưa phê duyệt');
  });

  it('records lifecycle steps with their legal basis, warns when it is missing, and goes back on delete', async () => {
    const saved = await host.call('projects.recordStage', { projectId: fx.ids.KCM, stageCode: 'IMPLEMENTING', decisionNumber: '  ', decisionDate: null, makeCurrent: true });
    expect(saved.warnings).toEqual(['Bước "Đang thực hiện" chưa có đủ căn cứ pháp lý: thiếu số văn bản, ngày ban hành, cơ quan ban hành.']);
    let detail = await host.call('projects.get', { id: fx.ids.KCM });
    expect(detail.stageCode).toBe('IMPLEMENTING');
    expect(detail.warnings.stageCode).toContain('Đang thực hiện');
    expect(detail.stages.at(-1)).toMatchObject({ stageCode: 'IMPLEMENTING', missingBasis: 'Thiếu số văn bản, ngày ban hành, cơ quan ban hành' });
    const fixed = await host.call('projects.updateStage', { id: saved.eventId, patch: { decisionNumber: '15/QĐ-SGDĐT', decisionDate: '2026-03-02', issuingBody: 'Sở GDĐT' } });
    expect(fixed.warnings).toEqual([]);
    const checks = await host.call('capital.checks', { year: 2026, asOf: '2026-07-10' });
    expect(checks.issues.filter((i) => i.kind === 'legalBasis')).toEqual([]);
    await host.call('projects.deleteStage', { id: saved.eventId });
    detail = await host.call('projects.get', { id: fx.ids.KCM });
    expect(detail.stageCode).toBe('INVESTMENT_DECISION');
  });

  it('keeps key tasks the province enters and links projects to them', async () => {
    const added = await host.call('projects.applyKeyTaskEdits', {
      edits: [],
      newRows: [
        { stt: '1', name: 'Cơ sở dữ liệu GDNN của tỉnh', leadAgency: 'Sở GDĐT', taskGroupCode: 'II.3' },
        { stt: '2', name: 'Bồi dưỡng năng lực số', taskGroupCode: 'Phát triển nguồn nhân lực' },
        { stt: '1', name: 'Trùng số thứ tự' },
      ],
    });
    // A bad optional cell is refused alone (the task is added without a group); a duplicate STT refuses the row.
    expect(added.insertedIds).toHaveLength(2);
    expect(added.rejected.map((r) => [r.id, r.field])).toEqual([
      [-2, 'taskGroupCode'],
      [-3, 'stt'],
    ]);
    const [taskId] = added.insertedIds;
    await host.call('projects.setKeyTasks', { projectId: fx.ids.CT, keyTaskIds: [taskId!] });
    const detail = await host.call('projects.get', { id: fx.ids.CT });
    expect(detail).toMatchObject({ keyTaskIds: [taskId], keyTasks: '1', taskGroupsServed: ['II.3'] });
    const linked = await host.call('projects.list', { offset: 0, limit: 50, filters: { keyTaskId: [taskId!] } });
    expect(linked.rows.map((r) => r.code)).toEqual(['DA-CT']);
    await host.call('projects.deleteKeyTask', { id: taskId! });
    expect((await host.call('projects.get', { id: fx.ids.CT })).keyTaskIds).toEqual([]);
    await host.call('history.undo', {});
    expect((await host.call('projects.get', { id: fx.ids.CT })).keyTaskIds).toEqual([taskId]);
  });

  it('stores attached documents in the file, audits only their reference, and undoes without losing bytes', async () => {
    const file = join(host.dir, 'QD-phe-duyet.pdf');
    const bytes = Buffer.alloc(300_000, 7);
    writeFileSync(file, bytes);
    const event = (await host.call('projects.get', { id: fx.ids.CT })).stages.find((s) => s.stageCode === 'INVESTMENT_DECISION')!;
    host.platform.openAnswers.push(file);
    const attached = await host.call('projects.attachDocument', { projectId: fx.ids.CT, stageEventId: event.id, note: 'Bản quét' });
    expect(attached.document).toMatchObject({ fileName: 'QD-phe-duyet.pdf', mediaType: 'application/pdf', sizeBytes: 300_000, stageEventId: event.id });
    const audit = sqlite().prepare('SELECT table_name, field, length(new_value) AS size FROM audit_rows WHERE change_set_id = ?').all(attached.changeSetId) as { table_name: string; size: number }[];
    expect(new Set(audit.map((a) => a.table_name))).toEqual(new Set(['project_documents']));
    expect(Math.max(...audit.map((a) => a.size))).toBeLessThan(200);

    await host.call('history.undo', {});
    expect((await host.call('projects.get', { id: fx.ids.CT })).stages.find((s) => s.id === event.id)!.documents).toEqual([]);
    await host.call('history.redo', {});
    const out = join(host.dir, 'ban-sao.pdf');
    host.platform.saveAnswers.push(out);
    expect(await host.call('projects.saveDocument', { id: attached.document!.id })).toEqual({ file: out });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out).equals(bytes)).toBe(true);
    // The same bytes attached again are stored once.
    host.platform.openAnswers.push(file);
    await host.call('projects.attachDocument', { projectId: fx.ids.HT, stageEventId: null });
    expect(sqlite().prepare('SELECT count(*) AS n FROM document_contents').get()).toEqual({ n: 1 });
  });

  it('deletes only a project with no capital or history of its own', async () => {
    await expect(host.call('projects.delete', { id: fx.ids.CT })).rejects.toThrow(/Hủy bỏ/);
    await host.call('projects.delete', { id: fx.ids.DX });
    await expect(host.call('projects.get', { id: fx.ids.DX })).rejects.toThrow(/Không tìm thấy dự án/);
    await host.call('history.undo', {});
    expect((await host.call('projects.get', { id: fx.ids.DX })).stages).toHaveLength(1);
  });
});

describe('project group at the thresholds under both laws', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  // 2019 law (in force 01/01/2020–31/12/2024, bands unconfirmed): C < 45 tỷ ≤ B < 800 tỷ ≤ A.
  // 2024 law (from 01/01/2025): C < 90 tỷ ≤ B < 1.600 tỷ ≤ A. One đồng either side of each threshold.
  const cases: [string, number, string, string][] = [
    ['2024-12-31', 45 * B - 1, 'C', 'LDTC_2019'],
    ['2024-12-31', 45 * B, 'B', 'LDTC_2019'],
    ['2024-12-31', 45 * B + 1, 'B', 'LDTC_2019'],
    ['2024-12-31', 800 * B - 1, 'B', 'LDTC_2019'],
    ['2024-12-31', 800 * B, 'A', 'LDTC_2019'],
    ['2024-12-31', 800 * B + 1, 'A', 'LDTC_2019'],
    ['2025-01-01', 90 * B - 1, 'C', 'LDTC_2024'],
    ['2025-01-01', 90 * B, 'B', 'LDTC_2024'],
    ['2025-01-01', 90 * B + 1, 'B', 'LDTC_2024'],
    ['2025-01-01', 1600 * B - 1, 'B', 'LDTC_2024'],
    ['2025-01-01', 1600 * B, 'A', 'LDTC_2024'],
    ['2025-01-01', 1600 * B + 1, 'A', 'LDTC_2024'],
  ];

  it.each(cases)('on %s a total of %d đồng is group %s (%s)', async (date, total, group, law) => {
    const derived = await host.call('projects.deriveGroup', { totalDong: total, onDate: date });
    expect(derived).toMatchObject({ groupCode: group, lawCode: law, unconfirmed: law === 'LDTC_2019' });
  });

  it('derives a registered project from its own total and approval date, and says why', async () => {
    // DA-KCM: policy approved 01/07/2025 (2024 law). 120 tỷ in NSĐP → B; 89.999.999.999 đồng → C.
    await host.call('projects.applyEdits', { edits: [{ id: fx.ids.KCM, field: 'funding_NSDP', value: 120 * B }], newRows: [] });
    let detail = await host.call('projects.get', { id: fx.ids.KCM });
    expect(detail.group.reason).toBe(
      'Nhóm B theo Luật Đầu tư công 2024: 120 tỷ đồng ≥ 90 tỷ đồng và < 1.600 tỷ đồng (ngày phê duyệt chủ trương đầu tư 01/07/2025)',
    );
    await host.call('projects.applyEdits', { edits: [{ id: fx.ids.KCM, field: 'funding_NSDP', value: 90 * B - 1 }], newRows: [] });
    detail = await host.call('projects.get', { id: fx.ids.KCM });
    expect(detail.groupCode).toBe('C');
    expect(detail.group.reason).toContain('89.999.999.999 đồng < 90 tỷ đồng');
    // The same total approved under the 2019 law (DA-CT, 10/07/2024) is group B there: 45 tỷ ≤ 89,99… < 800.
    await host.call('projects.applyEdits', { edits: [{ id: fx.ids.CT, field: 'funding_NSTW', value: 90 * B - 1 - 4_000 * M }], newRows: [] });
    expect((await host.call('projects.get', { id: fx.ids.CT })).groupCode).toBe('B');
    expect((await host.call('projects.list', { offset: 0, limit: 10, filters: { groupCode: ['B'] } })).rows.map((r) => r.code)).toEqual(['DA-CT']);
  });

  it('has no group before the first law in the data, and says so', async () => {
    const derived = await host.call('projects.deriveGroup', { totalDong: 10 * B, onDate: '2019-06-01' });
    expect(derived.groupCode).toBeNull();
    expect(derived.reason).toContain('Không có luật đầu tư công nào trong dữ liệu có hiệu lực ngày 01/06/2019');
  });
});
