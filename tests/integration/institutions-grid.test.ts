import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import type { InstitutionRow } from '../../electron/api/schemas/institutions';
import { applyGridEdits } from '../../electron/services/grid/apply-grid-edits';
import { institutionRegister } from '../../electron/services/grid/registers/institutions';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

// The institution register as an editable grid, on a real sample file: per-cell verdicts, one change set per
// request, undo of the whole request, views filtered and sorted in SQL, totals, and exports other programs read.

interface Stored {
  id: number;
  code: string;
  name: string;
  teachers: number | null;
  managers: number | null;
  learners: number | null;
  founded_year: number | null;
  type_id: number;
  status: string;
  notes: string | null;
}

describe('institutions grid', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;
  const byCode = (code: string) => one<Stored>('SELECT * FROM institutions WHERE code = ?', code);
  const changeSets = () => one<{ n: number }>("SELECT count(*) AS n FROM change_sets WHERE kind = 'do'").n;
  const snapshot = () => all<Stored>('SELECT * FROM institutions ORDER BY id');

  beforeEach(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
    sqlite = host.ctx.workspace.require().sqlite;
  });
  afterEach(() => host.cleanup());

  describe('views in SQL', () => {
    it('filters by type, ownership and status, and searches without diacritics', async () => {
      const colleges = await host.call('institutions.list', { limit: 500, filters: { typeCode: ['CD'] } });
      const expected = one<{ n: number }>("SELECT count(*) AS n FROM institutions i JOIN institution_types t ON t.id = i.type_id WHERE t.code = 'CD'").n;
      expect(colleges.total).toBe(expected);
      expect(colleges.rows.every((r) => r.typeCode === 'CD')).toBe(true);

      const privateActive = await host.call('institutions.list', {
        limit: 500,
        filters: { ownershipCode: ['TU_THUC', 'FDI'], status: ['active'] },
      });
      expect(privateActive.total).toBeGreaterThan(0);
      expect(privateActive.rows.every((r) => r.ownershipCode !== 'CONG_LAP' && r.status === 'active')).toBe(true);

      const gone = await host.call('institutions.list', { limit: 500, filters: { status: ['merged', 'dissolved'] } });
      expect(gone.total).toBe(3);
      expect(gone.rows.filter((r) => r.status === 'merged').every((r) => r.successorCode !== null)).toBe(true);

      const search = await host.call('institutions.list', { limit: 500, search: 'cao dang y te' });
      expect(search.rows.map((r) => r.code)).toContain('SL-CD02');
      const decomposed = await host.call('institutions.list', { limit: 500, search: 'Cao đẳng Y tế'.normalize('NFD') });
      expect(decomposed.rows.map((r) => r.id)).toEqual(search.rows.map((r) => r.id));
    });

    it('sorts names in Vietnamese order and figures with blanks last, and pages consistently', async () => {
      const byName = await host.call('institutions.list', { limit: 500, sort: { field: 'name', direction: 'asc' } });
      const names = byName.rows.map((r) => r.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));

      await host.call('institutions.applyEdits', { edits: [{ id: 1, field: 'learners', value: null }] });
      const byLearners = await host.call('institutions.list', { limit: 500, sort: { field: 'learners', direction: 'desc' } });
      const learners = byLearners.rows.map((r) => r.learners);
      expect(learners.at(-1)).toBeNull();
      const figures = learners.filter((n): n is number => n !== null);
      expect(figures).toEqual([...figures].sort((a, b) => b - a));

      const first = await host.call('institutions.list', { offset: 0, limit: 10, sort: { field: 'learners', direction: 'desc' } });
      const second = await host.call('institutions.list', { offset: 10, limit: 10, sort: { field: 'learners', direction: 'desc' } });
      expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(byLearners.rows.slice(0, 20).map((r) => r.id));
    });

    it('refuses a filter on an unknown field rather than ignoring it', async () => {
      const envelope = await host.dispatch('institutions.list', { filters: { name: ['x'] } });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const status = await host.dispatch('institutions.totals', { filters: { status: ['closed'] } });
      expect(status).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });

    it('totals the whole filtered view, not a page', async () => {
      const filters = { typeCode: ['TC', 'TTGDNN'] };
      const totals = await host.call('institutions.totals', { filters });
      const expected = one<{ count: number; teachers: number; managers: number; learners: number }>(
        `SELECT count(*) AS count, sum(teachers) AS teachers, sum(managers) AS managers, sum(learners) AS learners
         FROM institutions i JOIN institution_types t ON t.id = i.type_id WHERE t.code IN ('TC', 'TTGDNN')`,
      );
      expect(totals).toEqual(expected);
      const page = await host.call('institutions.list', { limit: 3, filters });
      expect(page.total).toBe(expected.count);
      const searched = await host.call('institutions.totals', { search: 'zzzz-none' });
      expect(searched).toEqual({ count: 0, teachers: 0, managers: 0, learners: 0 });
    });
  });

  describe('applyEdits', () => {
    it('writes the valid cells, rejects the invalid ones with exact reasons, in one change set', async () => {
      const merged = one<{ id: number; code: string; successor: string }>(
        "SELECT i.id, i.code, s.code AS successor FROM institutions i JOIN institutions s ON s.id = i.successor_id WHERE i.status = 'merged' ORDER BY i.id LIMIT 1",
      );
      const before = snapshot();
      const sets = changeSets();
      const result = await host.call('institutions.applyEdits', {
        edits: [
          { id: 1, field: 'teachers', value: '1.234' },
          { id: 1, field: 'managers', value: 'abc' },
          { id: 2, field: 'learners', value: 4321 },
          { id: 2, field: 'typeCode', value: 'Trường trung cấp kỹ thuật' },
          { id: 3, field: 'typeCode', value: 'truong trung cap' },
          { id: 3, field: 'foundedYear', value: 1850 },
          { id: 4, field: 'status', value: 'dissolved' },
          { id: 4, field: 'name', value: '  ' },
          { id: merged.id, field: 'teachers', value: 10 },
          { id: merged.id, field: 'notes', value: 'Hồ sơ lưu tại Sở' },
          { id: 999_999, field: 'teachers', value: 1 },
        ],
      });
      expect(result.rejected).toEqual([
        { id: 1, field: 'managers', code: 'INVALID', message: '"abc" không phải là số' },
        { id: 2, field: 'typeCode', code: 'INVALID', message: 'Loại hình "Trường trung cấp kỹ thuật" không có trong danh mục' },
        { id: 3, field: 'foundedYear', code: 'INVALID', message: 'Giá trị phải từ 1900 trở lên' },
        { id: 4, field: 'status', code: 'READ_ONLY', message: 'Tình trạng và cơ sở kế thừa chỉ thay đổi qua các thao tác sáp nhập, chia tách, giải thể' },
        { id: 4, field: 'name', code: 'INVALID', message: 'Tên cơ sở không được để trống' },
        { id: merged.id, field: 'teachers', code: 'LOCKED', message: expect.stringMatching(new RegExp(`^Cơ sở đã sáp nhập vào ${merged.successor}.*: chỉ sửa được ghi chú$`)) },
        { id: 999_999, field: 'teachers', code: 'NOT_FOUND', message: 'Không tìm thấy dòng #999999' },
      ]);
      expect(result.applied).toBe(4);
      expect(result.changeSetId).not.toBeNull();
      expect(changeSets()).toBe(sets + 1);

      const typeTc = one<{ id: number }>("SELECT id FROM institution_types WHERE code = 'TC'").id;
      const after = new Map(snapshot().map((r) => [r.id, r]));
      expect(after.get(1)).toMatchObject({ teachers: 1234, managers: before[0]!.managers });
      expect(after.get(2)).toMatchObject({ learners: 4321, type_id: before[1]!.type_id });
      expect(after.get(3)).toMatchObject({ type_id: typeTc, founded_year: before[2]!.founded_year });
      expect(after.get(4)).toMatchObject({ status: 'active', name: before[3]!.name });
      expect(after.get(merged.id)).toMatchObject({ teachers: before.find((r) => r.id === merged.id)!.teachers, notes: 'Hồ sơ lưu tại Sở' });

      // Every audit row of the request belongs to the one change set; nothing else changed.
      const audited = all<{ row_id: number; field: string }>('SELECT row_id, field FROM audit_rows WHERE change_set_id = ? ORDER BY row_id, field', result.changeSetId);
      expect(audited).toEqual([
        { row_id: 1, field: 'teachers' },
        { row_id: 2, field: 'learners' },
        { row_id: 3, field: 'type_id' },
        { row_id: merged.id, field: 'notes' },
      ]);
      const untouched = snapshot().filter((r) => ![1, 2, 3, merged.id].includes(r.id));
      expect(untouched).toEqual(before.filter((r) => ![1, 2, 3, merged.id].includes(r.id)));
      expect(one<{ label: string }>('SELECT label FROM change_sets WHERE id = ?', result.changeSetId).label).toBe('Sửa 4 ô trong danh sách cơ sở');
    });

    it('undoes the whole request with one undo, and redoes it', async () => {
      const before = snapshot();
      const result = await host.call('institutions.applyEdits', {
        edits: [
          { id: 1, field: 'teachers', value: 11 },
          { id: 2, field: 'teachers', value: 22 },
          { id: 3, field: 'name', value: 'Tên mới' },
        ],
        newRows: [{ code: 'SL-MOI01', name: 'Trung tâm mới', typeCode: 'TTGDNN', ownershipCode: 'CONG_LAP', learners: '1.500' }],
        label: 'Dán {n} ô vào danh sách cơ sở',
      });
      expect(result.rejected).toEqual([]);
      expect(result.insertedIds).toHaveLength(1);
      expect(one<{ label: string }>('SELECT label FROM change_sets WHERE id = ?', result.changeSetId).label).toBe('Dán 8 ô vào danh sách cơ sở');
      expect(byCode('SL-MOI01')).toMatchObject({ learners: 1500, status: 'active' });

      const status = await host.call('history.undo', {});
      expect(status.canRedo).toBe(true);
      expect(snapshot()).toEqual(before);
      await host.call('history.redo', {});
      expect(byCode('SL-MOI01')).toMatchObject({ id: result.insertedIds[0], learners: 1500 });
      expect(byCode('SL-CD01').teachers).toBe(11);
    });

    it('rejects only the duplicate code, case-insensitively, and writes the rest', async () => {
      const before = snapshot();
      const result = await host.call('institutions.applyEdits', {
        edits: [
          { id: 1, field: 'code', value: 'sl-cd02' },
          { id: 1, field: 'teachers', value: 7 },
          { id: 3, field: 'code', value: 'SL-NEW03' },
          { id: 4, field: 'code', value: 'SL-NEW03' },
        ],
        newRows: [{ code: 'SL-CD05', name: 'Trùng mã', typeCode: 'CD', ownershipCode: 'CONG_LAP' }],
      });
      expect(result.rejected).toEqual([
        { id: 1, field: 'code', code: 'INVALID', message: 'Mã "sl-cd02" đã có ở cơ sở khác' },
        { id: 4, field: 'code', code: 'INVALID', message: 'Mã "SL-NEW03" trùng với SL-CD03 trong cùng thay đổi' },
        { id: -1, field: 'code', code: 'INVALID', message: 'Mã "SL-CD05" đã có ở cơ sở khác' },
      ]);
      expect(result.insertedIds).toEqual([]);
      const after = new Map(snapshot().map((r) => [r.id, r]));
      expect(after.get(1)).toMatchObject({ code: 'SL-CD01', teachers: 7 });
      expect(after.get(3)!.code).toBe('SL-NEW03');
      expect(after.get(4)!.code).toBe(before[3]!.code);
      expect(snapshot()).toHaveLength(before.length);
    });

    it('refuses swapping two codes in one change (SQLite checks UNIQUE per statement) without writing either', async () => {
      const result = await host.call('institutions.applyEdits', {
        edits: [
          { id: 1, field: 'code', value: 'SL-CD02' },
          { id: 2, field: 'code', value: 'SL-CD01' },
        ],
      });
      expect(result.rejected.map((p) => [p.id, p.code])).toEqual([
        [1, 'INVALID'],
        [2, 'INVALID'],
      ]);
      expect(result.changeSetId).toBeNull();
      expect(byCode('SL-CD01').id).toBe(1);
    });

    it('adds new rows only with every required field, and writes nothing when nothing is valid', async () => {
      const sets = changeSets();
      const before = snapshot();
      const nothing = await host.call('institutions.applyEdits', {
        edits: [{ id: 1, field: 'teachers', value: -3 }],
        newRows: [
          { code: 'SL-X1', typeCode: 'CD', ownershipCode: 'CONG_LAP' },
          { code: 'SL-X2', name: 'Không rõ loại', typeCode: 'Học viện', ownershipCode: 'CONG_LAP' },
        ],
      });
      expect(nothing).toMatchObject({ applied: 0, insertedIds: [], changeSetId: null });
      expect(nothing.rejected).toEqual([
        { id: 1, field: 'teachers', code: 'INVALID', message: 'Giá trị phải từ 0 trở lên' },
        { id: -1, field: 'name', code: 'INVALID', message: 'Dòng mới thiếu Tên cơ sở' },
        { id: -2, field: 'typeCode', code: 'INVALID', message: 'Loại hình "Học viện" không có trong danh mục' },
      ]);
      expect(changeSets()).toBe(sets);
      expect(snapshot()).toEqual(before);

      const partial = await host.call('institutions.applyEdits', {
        edits: [],
        newRows: [{ code: 'SL-X3', name: 'Có người học sai', typeCode: 'tc', ownershipCode: 'Tư thục', learners: 'nhiều', teachers: '12' }],
      });
      expect(partial.rejected).toEqual([{ id: -1, field: 'learners', code: 'INVALID', message: '"nhiều" không phải là số' }]);
      expect(byCode('SL-X3')).toMatchObject({ id: partial.insertedIds[0], teachers: 12, learners: null, status: 'active' });
      expect(one<{ label: string }>('SELECT label FROM change_sets WHERE id = ?', partial.changeSetId).label).toBe('Thêm 1 cơ sở');
    });

    it('names a single edit after the institution', async () => {
      const result = await host.call('institutions.applyEdits', { edits: [{ id: 1, field: 'name', value: 'Tên sửa' }] });
      expect(one<{ label: string }>('SELECT label FROM change_sets WHERE id = ?', result.changeSetId).label).toBe('Sửa cơ sở SL-CD01');
    });

    it('warns about outliers without rejecting them, in the result and in the list', async () => {
      const result = await host.call('institutions.applyEdits', {
        edits: [
          { id: 1, field: 'learners', value: 45_000 },
          { id: 2, field: 'teachers', value: 0 },
        ],
      });
      expect(result.rejected).toEqual([]);
      expect(result.warnings).toEqual([
        { id: 1, field: 'learners', message: '45.000 người học là nhiều bất thường (trên 30.000): kiểm tra lại' },
        { id: 2, field: 'teachers', message: 'Có người học nhưng không có nhà giáo: kiểm tra lại' },
      ]);
      const rows = (await host.call('institutions.list', { limit: 2 })).rows as InstitutionRow[];
      expect(rows[0]!.warnings).toEqual({ learners: expect.stringContaining('45.000') });
      expect(rows[1]!.warnings).toEqual({ teachers: expect.any(String) });
    });

    it('writes nothing at all when a constraint fails half-way (the checks missed something)', () => {
      // A register whose year check forgot the table's CHECK (1900–2100): the database refuses the second row.
      const register = institutionRegister(sqlite, new Date('2026-01-01'));
      const year = register.fields.find((f) => f.field === 'foundedYear')!;
      year.parse = (value) => ({ ok: true, value: Number(value) });
      const before = snapshot();
      const sets = changeSets();
      expect(() =>
        applyGridEdits(sqlite, { actor: 't', at: '2026-01-01T00:00:00.000+07:00' }, register, {
          edits: [
            { id: 1, field: 'teachers', value: 5 },
            { id: 2, field: 'foundedYear', value: 2500 },
          ],
          newRows: [],
        }),
      ).toThrow(expect.objectContaining({ code: 'CONSTRAINT_VIOLATION' }));
      expect(snapshot()).toEqual(before);
      expect(changeSets()).toBe(sets);
    });
  });

  describe('detail', () => {
    it('returns every field, the governing bodies over time, the successor and the predecessors', async () => {
      const merged = one<{ id: number; successor_id: number }>("SELECT id, successor_id FROM institutions WHERE status = 'merged' ORDER BY id LIMIT 1");
      const detail = await host.call('institutions.get', { id: merged.id });
      expect(detail.successor).toMatchObject({ id: merged.successor_id, status: 'active' });
      const successor = await host.call('institutions.get', { id: merged.successor_id });
      expect(successor.predecessors.map((p) => p.id)).toContain(merged.id);

      const moved = one<{ institution_id: number }>("SELECT institution_id FROM institution_governance WHERE valid_to = '2025-06-30' LIMIT 1");
      const withHistory = await host.call('institutions.get', { id: moved.institution_id });
      expect(withHistory.governance.length).toBeGreaterThanOrEqual(2);
      expect(withHistory.governance[0]!.validTo).toBeNull();
      expect(withHistory.governingBody).toBe(withHistory.governance[0]!.governingBody);
      expect(withHistory).toHaveProperty('address');
      await expect(host.dispatch('institutions.get', { id: 424242 })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  describe('exportView', () => {
    const columns = [
      { field: 'code', header: 'Mã' },
      { field: 'name', header: 'Tên cơ sở' },
      { field: 'typeCode', header: 'Loại hình' },
      { field: 'foundedYear', header: 'Năm thành lập' },
      { field: 'teachers', header: 'Nhà giáo' },
      { field: 'learners', header: 'Người học' },
    ];

    it('writes the filtered, sorted view to xlsx with Vietnamese headers, numbers as numbers, formulas neutralised', async () => {
      await host.call('institutions.applyEdits', { edits: [{ id: 1, field: 'name', value: '=HYPERLINK("http://x","bấm")' }] });
      const file = join(host.dir, 'xuat.xlsx');
      host.platform.saveAnswers.push(file);
      const result = await host.call('institutions.exportView', {
        format: 'xlsx',
        query: { filters: { typeCode: ['CD'] }, sort: { field: 'learners', direction: 'desc' } },
        columns,
      });
      const expected = await host.call('institutions.list', { limit: 500, filters: { typeCode: ['CD'] }, sort: { field: 'learners', direction: 'desc' } });
      expect(result).toEqual({ file, rows: expected.total });

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'Mã', 'Tên cơ sở', 'Loại hình', 'Năm thành lập', 'Nhà giáo', 'Người học']);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.rowCount).toBe(expected.total + 1);
      const second = sheet.getRow(2);
      expect(second.getCell(1).value).toBe(expected.rows[0]!.code);
      expect(second.getCell(3).value).toBe('Trường cao đẳng');
      expect(typeof second.getCell(6).value).toBe('number');
      expect(second.getCell(6).value).toBe(expected.rows[0]!.learners);
      expect(second.getCell(6).numFmt).toBe('#,##0');
      expect(second.getCell(4).numFmt).toBe('0');
      const names = [];
      for (let r = 2; r <= sheet.rowCount; r += 1) names.push(sheet.getRow(r).getCell(2));
      const injected = names.find((cell) => String(cell.value).includes('HYPERLINK'))!;
      expect(injected.value).toBe(`'=HYPERLINK("http://x","bấm")`);
      expect(injected.formula).toBeUndefined();
      expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    });

    it('writes csv as UTF-8 with a BOM, comma separated, numbers plain, suggesting a safe file name', async () => {
      const file = join(host.dir, 'xuat.csv');
      let suggested = '';
      (host.platform as { chooseNewFileLocation: (name: string) => Promise<string | null> }).chooseNewFileLocation = async (name: string) => {
        suggested = name;
        return file;
      };
      const result = await host.call('institutions.exportView', { format: 'csv', query: { search: 'cao dang y te' }, columns });
      expect(suggested).toMatch(/^Danh sach co so GDNN - Tinh Song Lam.*\.csv$/);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('Mã,Tên cơ sở,Loại hình,Năm thành lập,Nhà giáo,Người học');
      const row = byCode('SL-CD02');
      expect(lines).toContain(`SL-CD02,Trường Cao đẳng Y tế Sông Lam,Trường cao đẳng,${row.founded_year},${row.teachers},${row.learners}`);
      expect(result.rows).toBe(lines.length - 2);
    });

    it('answers a cancelled dialog with no file, and refuses an unknown column', async () => {
      await expect(host.call('institutions.exportView', { format: 'xlsx', query: {}, columns })).resolves.toEqual({ file: null, rows: 0 });
      host.platform.saveAnswers.push(join(host.dir, 'never.xlsx'));
      const envelope = await host.dispatch('institutions.exportView', { format: 'xlsx', query: {}, columns: [{ field: 'password', header: 'x' }] });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });
  });
});
