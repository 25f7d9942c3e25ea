import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { createFixture, type Fixture } from './assessment-fixture';

// Many institutions fill their entry workbook in LibreOffice Calc, not Excel. A workbook saved by LibreOffice is
// written differently (its own shared strings, styles and sheet XML) and must come back just as one saved by Excel.
// Runs where LibreOffice is installed (.ci/run installs it).

describe.skipIf(!findSoffice())('entry workbooks saved by LibreOffice', () => {
  let host: InProcessHost;
  let fx: Fixture;
  let files: Map<number, string>;

  beforeAll(async () => {
    host = createInProcessHost();
    fx = await createFixture(host);
    host.platform.directoryAnswers.push(join(host.dir, 'phieu'));
    const exported = await host.call('assessment.exportEntryWorkbooks', { year: 2026, institutionIds: [fx.ids.CD1, fx.ids.TT1] });
    files = new Map(exported.files.map((f) => [f.institutionId, f.file]));
  });
  afterAll(() => host.cleanup());

  it('reads back the identity and the filled cells of a workbook LibreOffice saved', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.get(fx.ids.CD1)!);
    workbook.getWorksheet('Số liệu')!.eachRow((row) => {
      if (row.getCell(2).value === 'teachers_total') {
        row.getCell(6).value = 230;
        row.getCell(7).value = 'Tuyển thêm giảng viên ngành điện tử';
      }
      if (row.getCell(2).value === 'learning_records_digitised') row.getCell(6).value = 'Không';
    });
    await workbook.xlsx.writeFile(files.get(fx.ids.CD1)!);
    const resaved = join(host.dir, 'luu-bang-libreoffice');
    const saved = await Promise.all([...files.values()].map((file) => convertWithLibreOffice(file, 'xlsx', resaved)));
    expect(saved.every((file) => file.startsWith(resaved))).toBe(true);

    host.platform.multiOpenAnswers.push(saved);
    const result = await host.call('assessment.importEntryWorkbooks', { year: 2026 });
    expect(result.rejected).toEqual([]);
    const diff = new Map(result.institutions.map((i) => [i.code, i.cells.map((c) => [c.indicatorCode, c.oldValue, c.newValue, c.newComment, c.problem])]));
    expect(diff.get('CD1')).toEqual([
      ['teachers_total', 200, 230, 'Tuyển thêm giảng viên ngành điện tử', null],
      ['learning_records_digitised', 1, 0, null, null],
    ]);
    // TT1 was saved by LibreOffice untouched: the same figures, so no difference at all.
    expect(diff.get('TT1')).toEqual([]);
  });

  it('converts an entry workbook to PDF in a private profile, so pages can be looked at', async () => {
    const pdf = await convertWithLibreOffice(files.get(fx.ids.TT1)!, 'pdf', join(host.dir, 'pdf'));
    expect(existsSync(pdf)).toBe(true);
    if (!existsSync('/usr/bin/pdftotext')) return;
    const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('PHIẾU NHẬP LIỆU ĐÁNH GIÁ CHUYỂN ĐỔI SỐ GDNN NĂM 2026');
    expect(text).toContain('Trung tâm GDNN Một');
  });

  it('rejects, naming the file, what LibreOffice cannot write', async () => {
    await expect(convertWithLibreOffice(join(host.dir, 'khong-co.xlsx'), 'pdf', join(host.dir, 'pdf'))).rejects.toThrow(/no such file/);
  });
});
