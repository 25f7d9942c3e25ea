import ExcelJS from 'exceljs';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFile, ImportPreview } from '../../electron/api/schemas/institution-import';
import { csvWithBom, largeWorkbook, MESSY_ROWS, MESSY_SHEET, messyWorkbook } from '../fixtures/import/messy-workbook';
import { honestZipBomb, lyingZipBomb, oleHeader, windows1258Csv } from '../fixtures/import/hostile-files';
import { createInProcessHost, type InProcessHost } from '../support/test-host';

describe('importing institutions from Excel / CSV', () => {
  let host: InProcessHost;
  beforeEach(async () => {
    host = createInProcessHost();
    await host.call('file.openSample', {});
  });
  afterEach(() => host.cleanup());

  const sqlite = () => host.ctx.workspace.require().sqlite;
  const snapshot = () => ({
    institutions: sqlite().prepare('SELECT * FROM institutions ORDER BY id').all(),
    governance: sqlite().prepare('SELECT * FROM institution_governance ORDER BY id').all(),
    changeSets: (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n,
  });
  const institution = (where: string, ...params: unknown[]) =>
    sqlite().prepare(`SELECT id, code, name, status, teachers, managers, learners, notes FROM institutions WHERE ${where}`).get(...params) as
      | { id: number; code: string; name: string; teachers: number | null; managers: number | null; learners: number | null; notes: string | null }
      | undefined;

  async function open(name: string, bytes: Buffer): Promise<ImportFile> {
    const path = join(host.dir, name);
    writeFileSync(path, bytes);
    host.platform.openAnswers.push(path);
    const { opened } = await host.call('institutions.importOpen', {});
    if (!opened) throw new Error('dialog cancelled');
    return opened;
  }

  async function openError(name: string, bytes: Buffer) {
    const path = join(host.dir, name);
    writeFileSync(path, bytes);
    host.platform.openAnswers.push(path);
    const envelope = await host.dispatch('institutions.importOpen', {});
    if (envelope.ok) throw new Error(`expected ${name} to be refused`);
    return envelope.error;
  }

  async function messy() {
    const byCode = institution("code = 'SL-CD01'")!;
    const byName = institution("code = 'SL-TC03'")!;
    return { byCode, byName, file: await open('danh-sach.xlsx', await messyWorkbook({ byCode, byName })) };
  }

  async function preview(file: ImportFile, sheet = file.defaultSheet): Promise<ImportPreview> {
    const layout = file.sheets.find((s) => s.name === sheet)!.layout!;
    return host.call('institutions.importPreview', { token: file.token, sheet, headerRow: layout.headerRow, headerRows: layout.headerRows, mapping: layout.mapping });
  }

  it('finds the header on row 4 under a title block, combines the two merged header rows and suggests the mapping', async () => {
    const { file } = await messy();
    expect(file.sheets.map((s) => s.name)).toEqual([MESSY_SHEET, 'Hướng dẫn']);
    expect(file.defaultSheet).toBe(MESSY_SHEET);
    const layout = file.sheets[0]!.layout!;
    expect(layout).toMatchObject({ headerRow: 4, headerRows: 2, dataStartRow: 7, mappingSource: 'headers' });
    expect(layout.mapping).toEqual({
      code: 2,
      name: 3,
      typeCode: 4,
      ownershipCode: 5,
      commune: 6,
      foundedYear: 7,
      teachers: 8,
      managers: 9,
      learners: 10,
      notes: 11,
      governingBody: 12,
    });
    expect(layout.columns.find((c) => c.letter === 'H')).toMatchObject({ header: 'Số lượng / Số nhà giáo' });
    expect(layout.columns.find((c) => c.letter === 'A')).toMatchObject({ header: 'STT' });
  });

  it('previews every row with its problems by sheet, row and column, and matches by code then by normalised name', async () => {
    const { byCode, byName, file } = await messy();
    const before = snapshot();
    const result = await preview(file);
    const row = (n: number) => result.rows.find((r) => r.rowNumber === n)!;

    expect(result.rows.map((r) => r.rowNumber)).toEqual([7, 8, 10, 11, 12, 13]);
    expect(result.skipped).toEqual([{ rowNumber: MESSY_ROWS.total, reason: 'Dòng tổng cộng' }]);
    expect(result.counts).toMatchObject({ rows: 6, new: 2, update: 1, unchanged: 1, invalid: 2 });

    const updated = row(MESSY_ROWS.updateByCode);
    expect(updated).toMatchObject({ status: 'update', match: { id: byCode.id, by: 'code' } });
    expect(updated.values.teachers).toBe(1234);
    expect(updated.differences.map((d) => d.field)).toEqual(expect.arrayContaining(['teachers', 'notes']));

    expect(row(MESSY_ROWS.matchByName)).toMatchObject({ status: 'unchanged', match: { id: byName.id, by: 'name' } });

    const fresh = row(MESSY_ROWS.newWithGroupedNumbers);
    expect(fresh).toMatchObject({ status: 'new', problems: [] });
    expect(fresh.values).toMatchObject({ code: 'NK-001', typeCode: 'TC', ownershipCode: 'TU_THUC', learners: 1234, teachers: 85, foundedYear: 2019 });
    // NFD in the file, NFC in the register.
    expect(fresh.values.name).toBe('Trường Trung cấp Nghề Đồng Tiến'.normalize('NFC'));
    expect((fresh.values.name as string).normalize('NFC')).toBe(fresh.values.name);

    expect(row(MESSY_ROWS.wordInNumberCell)).toMatchObject({
      status: 'invalid',
      values: { typeCode: 'TTGDNN' },
      problems: [{ severity: 'error', field: 'teachers', column: 'Số lượng / Số nhà giáo', letter: 'H', message: '"mười hai" không phải là số' }],
    });
    const unknown = row(MESSY_ROWS.unknownType);
    expect(unknown.status).toBe('invalid');
    expect(unknown.problems).toHaveLength(1);
    expect(unknown.problems[0]).toMatchObject({ field: 'typeCode', column: 'Loại hình', letter: 'D' });
    expect(unknown.problems[0]!.message).toBe('Loại hình "Trường đại học" không có trong danh mục (dùng mã CD, TC, THN, TTGDNN, TTGDNN_GDTX, KHAC hoặc tên loại trong danh mục)');

    const generated = row(MESSY_ROWS.newWithoutCode);
    expect(generated).toMatchObject({ status: 'new', values: { code: 'CS-0001', typeCode: 'TTGDNN_GDTX', ownershipCode: 'CONG_LAP', foundedYear: 2018 } });
    expect(generated.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'code', message: 'Chưa có mã cơ sở; sẽ cấp mã CS-0001' })]);

    expect(snapshot()).toEqual(before);
  });

  it('applies the accepted rows as one change set, and one undo reverts all of it', async () => {
    const { byCode, file } = await messy();
    const before = snapshot();
    const layout = file.sheets[0]!.layout!;
    const result = await host.call('institutions.importApply', {
      token: file.token,
      sheet: MESSY_SHEET,
      headerRow: layout.headerRow,
      headerRows: layout.headerRows,
      mapping: layout.mapping,
    });
    expect(result).toMatchObject({ inserted: 2, updated: 1, unchanged: 1, label: 'Nhập 3 cơ sở từ danh-sach.xlsx', backedUp: true });
    expect(snapshot().changeSets).toBe(before.changeSets + 1);
    expect(institution('id = ?', byCode.id)).toMatchObject({ teachers: 1234, managers: 45, notes: 'Cập nhật 2026' });
    expect(institution("code = 'NK-001'")).toMatchObject({ name: 'Trường Trung cấp Nghề Đồng Tiến', learners: 1234, teachers: 85, managers: 12 });
    const generated = institution("code = 'CS-0001'")!;
    expect(sqlite().prepare('SELECT governing_body, valid_from, valid_to FROM institution_governance WHERE institution_id = ?').all(generated.id)).toEqual([
      { governing_body: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam', valid_from: '2018-01-01', valid_to: null },
    ]);
    expect(institution("code = 'NK-002'")).toBeUndefined();
    expect((await host.call('history.status', {})).undoLabel).toBe('Nhập 3 cơ sở từ danh-sach.xlsx');
    const backups = await host.call('backups.list', {});
    expect(JSON.stringify(backups)).toContain('import');

    await host.call('history.undo', {});
    const after = snapshot();
    expect(after.institutions).toEqual(before.institutions);
    expect(after.governance).toEqual(before.governance);
  });

  it('applies a chosen subset and refuses rows that still have errors, writing nothing', async () => {
    const { file } = await messy();
    const layout = file.sheets[0]!.layout!;
    const args = { token: file.token, sheet: MESSY_SHEET, headerRow: 4, headerRows: layout.headerRows, mapping: layout.mapping };
    const before = snapshot();
    const refused = await host.dispatch('institutions.importApply', { ...args, rows: [MESSY_ROWS.newWithGroupedNumbers, MESSY_ROWS.unknownType] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason: 'ROWS_WITH_ERRORS', rows: [12] } } });
    expect(snapshot()).toEqual(before);
    const result = await host.call('institutions.importApply', { ...args, rows: [MESSY_ROWS.newWithGroupedNumbers] });
    expect(result).toMatchObject({ inserted: 1, updated: 0, label: 'Nhập 1 cơ sở từ danh-sach.xlsx' });
  });

  it('remembers the mapping for the same header set', async () => {
    const { file } = await messy();
    const layout = file.sheets[0]!.layout!;
    const mapping = { ...layout.mapping, notes: undefined, contact: 11 };
    delete mapping.notes;
    await host.call('institutions.importApply', { token: file.token, sheet: MESSY_SHEET, headerRow: 4, headerRows: 2, mapping, rows: [7] });
    const { file: again } = await messy();
    expect(again.sheets[0]!.layout).toMatchObject({ mappingSource: 'remembered', mapping: { contact: 11 } });
    expect(again.sheets[0]!.layout!.mapping.notes).toBeUndefined();
  });

  it('names a value of the wrong type in each cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sai kiểu');
    sheet.addRow(['Mã', 'Tên cơ sở', 'Loại hình', 'Sở hữu', 'Năm thành lập', 'Số nhà giáo', 'Cán bộ quản lý', 'Người học', 'Ghi chú', 'Chủ quản từ ngày']);
    sheet.addRow(['W-1', 'Trường Trung cấp Sai Kiểu', 'TC', 'Công lập', 'năm 2000', new Date(Date.UTC(2020, 1, 1)), true, '12,5', { formula: '1/0', result: { error: '#DIV/0!' } }, '31/02/2020']);
    sheet.addRow(['W-2', 'x'.repeat(400), 'TC', 'Công lập', 1899, -3, 2.5, '1.234.567', null, 44000]);
    const file = await open('sai-kieu.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const result = await preview(file);
    const messages = (n: number) => Object.fromEntries(result.rows.find((r) => r.rowNumber === n)!.problems.map((p) => [p.field, p.message]));
    expect(messages(2)).toEqual({
      foundedYear: 'cần năm từ 1900 đến 2100 ("năm 2000" không phải là số)',
      teachers: 'cần một số, ô lại chứa ngày 01/02/2020',
      managers: 'cần một số, ô lại chứa giá trị TRUE',
      learners: '"12,5" phải là số nguyên',
      notes: 'ô có lỗi công thức #DIV/0!',
      governingFrom: '"31/02/2020" không phải là ngày có thật',
    });
    expect(messages(3)).toEqual({
      name: 'dài 400 ký tự, tối đa 300',
      foundedYear: 'cần năm từ 1900 đến 2100 (Giá trị phải từ 1900 trở lên)',
      teachers: 'Giá trị phải từ 0 trở lên',
      managers: '2.5 phải là số nguyên',
      governingFrom: 'cần ngày dạng dd/mm/yyyy, ô lại chứa "44000"',
    });
    expect(result.rows.find((r) => r.rowNumber === 3)!.values.learners).toBe(1234567);
  });

  it('reads a CSV with a BOM and ";" separators', async () => {
    const file = await open(
      'co-so.csv',
      csvWithBom([
        ['Mã', 'Tên cơ sở', 'Loại hình', 'Loại hình sở hữu', 'Giáo viên', 'Người học', 'Ghi chú'],
        ['', '', '', '', '(người)', '(người)', ''],
        ['CSV-1', 'Trung tâm GDNN Thành Đạt', 'Trung tâm GDNN', 'Tư thục', '1.234', '2,500', 'có dấu ; trong ô'],
        ['', '', '', '', '', '', ''],
        ['CSV-2', 'Trường Trung cấp Bách Khoa', 'TC', 'FDI', '40', '600', 'dòng\nhai'],
      ]),
    );
    expect(file).toMatchObject({ format: 'csv', sheets: [{ name: 'co-so', rowCount: 4, layout: { headerRow: 1, headerRows: 1, dataStartRow: 3 } }] });
    expect(file.sheets[0]!.notes).toContain('Dấu phân cách: ";".');
    const result = await preview(file);
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.values.teachers, r.values.learners])).toEqual([
      [3, 'new', 1234, 2500],
      [5, 'new', 40, 600],
    ]);
    expect(result.rows[0]!.values.notes).toBe('có dấu ; trong ô');
    expect(result.rows[1]!.values).toMatchObject({ typeCode: 'TC', ownershipCode: 'FDI', notes: 'dòng\nhai' });
  });

  it('refuses damaged, oversized, old-format, non-UTF-8 and bomb-like files with a clear message, changing nothing', async () => {
    const before = snapshot();
    const good = await messyWorkbook({ byCode: { code: 'X', name: 'Y' }, byName: { code: 'Z', name: 'W' } });
    expect(await openError('hong.xlsx', good.subarray(0, good.length - 200))).toMatchObject({
      code: 'FILE_DAMAGED',
      message: expect.stringContaining('"hong.xlsx"'),
    });
    expect(await openError('cu.xls', oleHeader())).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'UNSUPPORTED_FORMAT' } });
    expect(await openError('ansi.csv', windows1258Csv())).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'ENCODING' } });
    expect(await openError('bom.xlsx', lyingZipBomb())).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'ZIP_BOMB' } });
    expect(await openError('bom2.xlsx', honestZipBomb())).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'ZIP_BOMB' } });
    const big = join(host.dir, 'lon.csv');
    writeFileSync(big, 'a');
    truncateSync(big, 21 * 1024 * 1024);
    host.platform.openAnswers.push(big);
    expect(await host.dispatch('institutions.importOpen', {})).toMatchObject({ ok: false, error: { details: { reason: 'FILE_TOO_LARGE' } } });
    expect(await host.call('institutions.importOpen', {})).toEqual({ opened: null });
    expect(snapshot()).toEqual(before);
  });

  it('forgets a token once the wizard closes', async () => {
    const { file } = await messy();
    await host.call('institutions.importClose', { token: file.token });
    const envelope = await host.dispatch('institutions.importLayout', { token: file.token, sheet: MESSY_SHEET, headerRow: 4, headerRows: 2 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'SESSION_EXPIRED' } } });
  });

  it('imports a 2,000-row workbook (timing printed)', async () => {
    const bytes = await largeWorkbook(2000);
    const started = performance.now();
    const file = await open('lon.xlsx', bytes);
    const opened = performance.now();
    const result = await preview(file);
    const previewed = performance.now();
    expect(result.counts).toMatchObject({ rows: 2000, new: 2000, invalid: 0 });
    const layout = file.sheets[0]!.layout!;
    const applied = await host.call('institutions.importApply', { token: file.token, sheet: file.defaultSheet, headerRow: 1, headerRows: 1, mapping: layout.mapping });
    const done = performance.now();
    expect(applied.inserted).toBe(2000);
    console.info(
      `[import timing] 2,000 rows (${(bytes.length / 1024).toFixed(0)} KB): open ${(opened - started).toFixed(0)} ms, preview ${(previewed - opened).toFixed(0)} ms, ` +
        `apply ${(done - previewed).toFixed(0)} ms, total ${(done - started).toFixed(0)} ms`,
    );
  });
});
