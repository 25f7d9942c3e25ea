import ExcelJS from 'exceljs';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityChecksum, type EntryIdentity } from '../../electron/services/assessment/entry-workbook/identity';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { createFixture, type Fixture, FIXTURE_PROVINCE } from './assessment-fixture';

// The offline round trip: one workbook per institution goes out, comes back filled, is checked, compared cell
// by cell, and the ticked part is applied as one undoable change.

const DATA = 'Số liệu';
const HIDDEN = 'ma_nhan_dang';

async function open(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The row of an indicator on the data sheet (found by its code in column B, as the app reads it). */
function rowOf(sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(2).value === code) return sheet.getRow(r);
  throw new Error(`no row for ${code}`);
}

/** Fills a workbook as an institution would: typing values (and a comment) into the unlocked cells. */
async function fill(file: string, values: Record<string, string | number | null>, comments: Record<string, string> = {}) {
  const workbook = await open(file);
  const sheet = workbook.getWorksheet(DATA)!;
  for (const [code, value] of Object.entries(values)) rowOf(sheet, code).getCell(6).value = value;
  for (const [code, comment] of Object.entries(comments)) rowOf(sheet, code).getCell(7).value = comment;
  await workbook.xlsx.writeFile(file);
}

/** Rewrites the hidden identity; with `reseal` the checksum is recomputed, as another copy of the app would have. */
async function rewriteIdentity(file: string, change: Partial<EntryIdentity>, reseal: boolean) {
  const workbook = await open(file);
  const sheet = workbook.getWorksheet(HIDDEN)!;
  const identity: Record<string, unknown> = {};
  sheet.eachRow((row) => (identity[String(row.getCell(1).value)] = row.getCell(2).value));
  Object.assign(identity, change);
  sheet.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (key in change) row.getCell(2).value = change[key as keyof EntryIdentity] as string | number;
    if (key === 'checksum' && reseal) row.getCell(2).value = identityChecksum(identity as unknown as EntryIdentity);
  });
  await workbook.xlsx.writeFile(file);
}

describe('entry workbooks', () => {
  let host: InProcessHost;
  let fx: Fixture;
  let folder: string;
  let files: Map<number, string>;
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const figure = (institutionId: number, code: string) =>
    sqlite()
      .prepare(
        `SELECT v.value, v.comment FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
         WHERE v.institution_id = ? AND i.code = ? AND v.year = 2026`,
      )
      .get(institutionId, code) as { value: number | null; comment: string | null } | undefined;
  const snapshot = () => ({
    values: sqlite().prepare('SELECT * FROM indicator_values ORDER BY id').all(),
    changeSets: (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n,
  });

  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createFixture(host);
    folder = join(host.dir, 'phieu');
    host.platform.directoryAnswers.push(folder);
    const exported = await host.call('assessment.exportEntryWorkbooks', { year: 2026 });
    expect(exported.folder).toBe(folder);
    files = new Map(exported.files.map((f) => [f.institutionId, f.file]));
  });
  afterEach(() => host.cleanup());

  it('writes one protected, validated workbook per institution of the year, with a hidden sealed identity', async () => {
    // TC2 merged in 2025: no workbook for 2026.
    expect([...files.keys()].sort()).toEqual([fx.ids.CD1, fx.ids.TC1, fx.ids.TT1, fx.ids.TT2].sort());
    expect(readdirSync(folder)).toContain('Phieu nhap lieu 2026 - CD1 - Trường Cao đẳng Một.xlsx');
    const workbook = await open(files.get(fx.ids.CD1)!);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      [DATA, 'visible'],
      [HIDDEN, 'veryHidden'],
    ]);
    const sheet = workbook.getWorksheet(DATA)!;
    // exceljs reads the protection back but does not declare it in its types.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const teachers = rowOf(sheet, 'teachers_total');
    // Labels locked (the default), the value and comment cells open, prefilled with what the department holds.
    expect(teachers.getCell(3).protection?.locked).not.toBe(false);
    expect(teachers.getCell(6).protection?.locked).toBe(false);
    expect(teachers.getCell(7).protection?.locked).toBe(false);
    expect(teachers.getCell(5).value).toBe(50);
    expect(teachers.getCell(6).value).toBe(200);
    expect(teachers.getCell(6).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    const connected = rowOf(sheet, 'connected_national_platform');
    expect(connected.getCell(6).value).toBe('Có');
    expect(connected.getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });

    const identity: Record<string, unknown> = {};
    workbook.getWorksheet(HIDDEN)!.eachRow((row) => (identity[String(row.getCell(1).value)] = row.getCell(2).value));
    expect(identity).toMatchObject({ app: 'gdnn-dx-planner/phieu-nhap-lieu', formatVersion: 1, provinceName: FIXTURE_PROVINCE, year: 2026, institutionCode: 'CD1', institutionId: fx.ids.CD1 });
    expect(identity.checksum).toBe(identityChecksum(identity as unknown as EntryIdentity));
    const instructions = workbook.getWorksheet('Hướng dẫn')!.getCell('A1').value;
    expect(instructions).toBe('PHIẾU NHẬP LIỆU ĐÁNH GIÁ CHUYỂN ĐỔI SỐ GDNN NĂM 2026');
    // Printable as filed: A4 (paper 9), the data sheet landscape with its header row on every page, one page wide.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
    expect(workbook.getWorksheet('Hướng dẫn')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('imports the filled workbooks as a cell-by-cell difference and applies the ticked part as one change', async () => {
    await fill(files.get(fx.ids.CD1)!, { teachers_total: 220, it_programmes_updated: 5 }, { teachers_total: 'Thêm 20 giảng viên mới' });
    await fill(files.get(fx.ids.TT1)!, { it_programmes_total: 1, it_programmes_updated: 1, staff_trained_digital: 'nhiều' });
    await fill(files.get(fx.ids.TC1)!, { connected_national_platform: 'Có', programmes_digital_outcomes: 8 });
    // TC1's return is approved after its workbook went out: its workbook must be refused, whole.
    await host.call('assessment.setState', { year: 2026, institutionIds: [fx.ids.TC1], state: 'approved' });

    host.platform.multiOpenAnswers.push([files.get(fx.ids.CD1)!, files.get(fx.ids.TT1)!, files.get(fx.ids.TC1)!, files.get(fx.ids.TT2)!]);
    const before = snapshot();
    const imported = await host.call('assessment.importEntryWorkbooks', { year: 2026 });
    expect(snapshot()).toEqual(before);
    expect(imported.rejected).toEqual([]);
    expect(imported.token).toBeTruthy();
    const diff = new Map(imported.institutions.map((i) => [i.code, i]));
    const cells = (code: string) =>
      diff.get(code)!.cells.map((c) => [c.indicatorCode, c.oldValue, c.newValue, c.oldComment, c.newComment, c.problem !== null]);
    expect(cells('CD1')).toEqual([
      ['teachers_total', 200, 220, null, 'Thêm 20 giảng viên mới', false],
      ['it_programmes_updated', 4, 5, null, null, false],
    ]);
    expect(cells('TT1')).toEqual([
      ['staff_trained_digital', 15, null, null, null, true],
      ['it_programmes_total', null, 1, null, null, false],
      ['it_programmes_updated', null, 1, null, null, false],
    ]);
    expect(diff.get('TT1')!.cells[0]!.problem).toMatch(/không phải là số/);
    expect(cells('TC1')).toEqual([
      ['programmes_digital_outcomes', 6, 8, null, null, false],
      ['connected_national_platform', 0, 1, null, null, false],
    ]);
    expect(diff.get('TC1')!.locked).toBe('Đã phê duyệt — mở lại để sửa');
    expect(diff.get('TT2')!.cells).toEqual([]);

    const result = await host.call('assessment.applyEntryImport', {
      token: imported.token!,
      accept: [
        { institutionId: fx.ids.CD1, indicatorCodes: 'all' },
        { institutionId: fx.ids.TT1, indicatorCodes: ['it_programmes_total'] },
        { institutionId: fx.ids.TC1, indicatorCodes: 'all' },
      ],
    });
    expect(result.applied).toBe(3);
    expect(result.rejected.map((r) => [r.id, r.field, r.code])).toEqual([
      [fx.ids.TC1, 'programmes_digital_outcomes', 'LOCKED'],
      [fx.ids.TC1, 'connected_national_platform', 'LOCKED'],
    ]);
    expect(figure(fx.ids.CD1, 'teachers_total')).toEqual({ value: 220, comment: 'Thêm 20 giảng viên mới' });
    expect(figure(fx.ids.CD1, 'it_programmes_updated')!.value).toBe(5);
    expect(figure(fx.ids.TT1, 'it_programmes_total')!.value).toBe(1);
    expect(figure(fx.ids.TT1, 'it_programmes_updated')).toBeUndefined();
    expect(figure(fx.ids.TT1, 'staff_trained_digital')!.value).toBe(15);
    expect(figure(fx.ids.TC1, 'connected_national_platform')!.value).toBe(0);
    // One change set, labelled for the History, and a safety backup taken before it.
    const sets = sqlite().prepare("SELECT label FROM change_sets WHERE action = 'assessment.importEntries'").all();
    expect(sets).toEqual([{ label: 'Nhận phiếu nhập liệu năm 2026: 2 cơ sở, 3 ô' }]);
    expect(readdirSync(host.ctx.workspace.backupDirectory, { recursive: true }).some((f) => String(f).includes('danh-gia-2026'))).toBe(true);

    // The rest of the difference can still be accepted later; applied cells are not applied twice.
    const later = await host.call('assessment.applyEntryImport', { token: imported.token!, accept: [{ institutionId: fx.ids.TT1, indicatorCodes: 'all' }] });
    expect(later.applied).toBe(1);
    expect(later.rejected.map((r) => r.field)).toEqual(['staff_trained_digital']);
    expect(figure(fx.ids.TT1, 'it_programmes_updated')!.value).toBe(1);

    // Undo takes the later acceptance back in one step.
    await host.call('history.undo', {});
    expect(figure(fx.ids.TT1, 'it_programmes_updated')).toBeUndefined();
    expect(figure(fx.ids.TT1, 'it_programmes_total')!.value).toBe(1);
  });

  it('refuses a cell changed in the database after the workbook was read, instead of overwriting it', async () => {
    await fill(files.get(fx.ids.CD1)!, { teachers_total: 220 });
    host.platform.multiOpenAnswers.push([files.get(fx.ids.CD1)!]);
    const imported = await host.call('assessment.importEntryWorkbooks', { year: 2026 });
    await host.call('assessment.applyEdits', { year: 2026, edits: [{ institutionId: fx.ids.CD1, indicatorCode: 'teachers_total', value: 205 }] });
    const result = await host.call('assessment.applyEntryImport', { token: imported.token!, accept: [{ institutionId: fx.ids.CD1, indicatorCodes: 'all' }] });
    expect(result.applied).toBe(0);
    expect(result.rejected[0]!.message).toMatch(/đã thay đổi sau khi đọc phiếu/);
    expect(figure(fx.ids.CD1, 'teachers_total')!.value).toBe(205);
  });

  it('rejects workbooks of another year, province or institution, tampered ones and non-workbooks, naming each file', async () => {
    const other = join(host.dir, 'khac');
    mkdirSync(other);
    // Another year: the same institution's 2025 workbook.
    host.platform.directoryAnswers.push(other);
    const year2025 = (await host.call('assessment.exportEntryWorkbooks', { year: 2025, institutionIds: [fx.ids.CD1] })).files[0]!.file;
    // Another province: the sample province's own workbook, made by its own copy of the app.
    const sampleHost = createInProcessHost();
    let foreign: string;
    try {
      await sampleHost.call('file.openSample', {});
      sampleHost.platform.directoryAnswers.push(join(other, 'mau'));
      foreign = (await sampleHost.call('assessment.exportEntryWorkbooks', { year: 2026, institutionIds: [1] })).files[0]!.file;
    } finally {
      sampleHost.cleanup();
    }
    // Another institution: TC1's identity under CD1's code, resealed, as a copy-paste between files would give.
    const swapped = files.get(fx.ids.CD1)!;
    await rewriteIdentity(swapped, { institutionId: fx.ids.TC1 }, true);
    // Tampered: the year edited by hand, checksum left as it was.
    const tampered = files.get(fx.ids.TT1)!;
    await rewriteIdentity(tampered, { year: 2025 }, false);
    const notWorkbook = join(other, 'bang-tinh.xlsx');
    writeFileSync(notWorkbook, 'STT;Tên\n1;Trường A\n');
    const stranger = new ExcelJS.Workbook();
    stranger.addWorksheet('Sheet1').getCell('A1').value = 'Không phải phiếu';
    const strangerFile = join(other, 'bao-cao-khac.xlsx');
    await stranger.xlsx.writeFile(strangerFile);

    const before = snapshot();
    host.platform.multiOpenAnswers.push([year2025, foreign!, swapped, tampered, notWorkbook, strangerFile]);
    const imported = await host.call('assessment.importEntryWorkbooks', { year: 2026 });
    expect(imported.token).toBeNull();
    expect(imported.institutions).toEqual([]);
    const message = (name: string) => imported.rejected.find((r) => name.endsWith(r.file))!.message;
    expect(message(year2025)).toMatch(/là số liệu năm 2025, không phải năm 2026/);
    expect(message(foreign!)).toMatch(new RegExp(`không phải của ${FIXTURE_PROVINCE}`));
    expect(message(swapped)).toMatch(/ghi cơ sở CD1 nhưng mã nhận dạng trỏ tới cơ sở khác \(TC1\)/);
    expect(message(tampered)).toMatch(/mã nhận dạng đã bị sửa hoặc hỏng/);
    expect(message(notWorkbook)).toMatch(/không phải bảng tính Excel/);
    expect(message(strangerFile)).toMatch(/không phải phiếu nhập liệu của ứng dụng/);
    for (const file of [year2025, foreign!, swapped, tampered, notWorkbook, strangerFile]) expect(message(file)).toContain('“');
    expect(snapshot()).toEqual(before);
  });

  it('answers an expired or unknown token with NOT_FOUND', async () => {
    await expect(
      host.call('assessment.applyEntryImport', { token: '00000000-0000-0000-0000-000000000000', accept: [{ institutionId: fx.ids.CD1, indicatorCodes: 'all' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
