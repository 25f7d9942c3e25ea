import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_LIMITS } from '../../electron/services/assessment/entry-workbook/read-limits';
import { deflatedZip, lyingZipBomb, oleHeader } from '../fixtures/import/hostile-files';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { createFixture, type Fixture } from './assessment-fixture';

// Returned entry workbooks come from outside: by e-mail, on USB sticks. Each hostile or broken one must be refused on
// its own, naming the file and saying why in Vietnamese, before exceljs inflates anything, while the good ones in
// the same batch are still read; and nothing is written.

const WORKBOOK_XML = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';
const sheetOf = (cells: number) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from(
    { length: Math.ceil(cells / 10) },
    (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (__, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * c}</v></c>`).join('')}</row>`,
  ).join('')}</sheetData></worksheet>`;

/** Sets the "encrypted" flag on every entry of the central directory, as a password-protected zip has it. */
function withEncryptedFlag(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf('PK\u0001\u0002'); at >= 0; at = copy.indexOf('PK\u0001\u0002', at + 4)) copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
  return copy;
}

describe('entry workbooks from outside: bombs, oversized and damaged files', () => {
  let host: InProcessHost;
  let fx: Fixture;
  let good: string;
  const sqlite = () => host.ctx.workspace.require().sqlite;
  const snapshot = () => ({
    values: sqlite().prepare('SELECT * FROM indicator_values ORDER BY id').all(),
    states: sqlite().prepare('SELECT * FROM assessments ORDER BY id').all(),
    changeSets: (sqlite().prepare('SELECT count(*) AS n FROM change_sets').get() as { n: number }).n,
  });

  beforeAll(async () => {
    host = createInProcessHost();
    fx = await createFixture(host);
    host.platform.directoryAnswers.push(join(host.dir, 'phieu'));
    const exported = await host.call('assessment.exportEntryWorkbooks', { year: 2026, institutionIds: [fx.ids.CD1] });
    good = exported.files[0]!.file;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(good);
    const sheet = workbook.getWorksheet('Số liệu')!;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'teachers_total') row.getCell(6).value = 210;
    });
    await workbook.xlsx.writeFile(good);
  });
  afterAll(() => host.cleanup());

  it('refuses each bad file by name and why, still reads the good one, and writes nothing', async () => {
    const bytes = readFileSync(good);
    const bad: Record<string, [Buffer, RegExp]> = {
      'bom-noi-doi.xlsx': [lyingZipBomb(), /giải nén ra nhiều hơn kích thước nó khai báo \(có thể là “bom nén”\).*bảo vệ máy/],
      'bom-that-tha.xlsx': [
        deflatedZip([
          { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK_XML) },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(ENTRY_LIMITS.unzippedBytes + 1024, 0x20) },
        ]),
        /giải nén ra 20,01 MB \(có thể là “bom nén”\)/,
      ],
      // Under every size bound, but 3 MB of spaces shrink about a thousandfold: filler, not a form.
      'nen-bat-thuong.xlsx': [
        deflatedZip([
          { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK_XML) },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x20) },
        ]),
        /có phần nén tới [\d.]+ lần/,
      ],
      'nhieu-phan.xlsx': [deflatedZip(Array.from({ length: ENTRY_LIMITS.zipEntries + 1 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') }))), /chứa 501 phần nén, nhiều bất thường/],
      'qua-nhieu-o.xlsx': [
        deflatedZip([
          { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK_XML) },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetOf(ENTRY_LIMITS.cells + 100)) },
        ]),
        /ô dữ liệu, quá nhiều đối với một phiếu nhập liệu/,
      ],
      'qua-lon.xlsx': [Buffer.concat([bytes, randomBytes(ENTRY_LIMITS.fileBytes)]), /nặng 5,\d\d MB, quá lớn để là phiếu nhập liệu \(phiếu chỉ vài chục KB, giới hạn 5 MB\)/],
      'cat-cut.xlsx': [bytes.subarray(0, Math.floor(bytes.length / 2)), /Không đọc được tệp “cat-cut.xlsx”: .*(cắt cụt|hỏng)/],
      'mat-khau.xlsx': [withEncryptedFlag(bytes), /đặt mật khẩu/],
      'excel-cu.xls': [oleHeader(), /Excel 97-2003/],
      'trong.xlsx': [Buffer.alloc(0), /trống/],
      'van-ban.xlsx': [Buffer.from('Mã chỉ số;Giá trị\nteachers_total;210\n'), /không phải bảng tính Excel \(\.xlsx\)/],
    };
    const paths = Object.entries(bad).map(([name, [content]]) => {
      const path = join(host.dir, name);
      writeFileSync(path, content);
      return path;
    });
    const before = snapshot();
    host.platform.multiOpenAnswers.push([good, ...paths]);
    const result = await host.call('assessment.importEntryWorkbooks', { year: 2026 });

    expect(result.institutions.map((i) => [i.code, i.cells.map((c) => [c.indicatorCode, c.oldValue, c.newValue])])).toEqual([
      ['CD1', [['teachers_total', 200, 210]]],
    ]);
    expect(result.rejected.map((r) => r.file).sort()).toEqual(Object.keys(bad).sort());
    for (const { file, message } of result.rejected) {
      expect(message, file).toMatch(bad[file]![1]);
      expect(message, file).toContain(`“${file}”`);
    }
    expect(snapshot()).toEqual(before);
  });

  it('says which file when all of a batch is refused, and holds nothing', async () => {
    const path = join(host.dir, 'chi-bom.xlsx');
    writeFileSync(path, lyingZipBomb());
    const before = snapshot();
    host.platform.multiOpenAnswers.push([path]);
    const result = await host.call('assessment.importEntryWorkbooks', {});
    expect(result).toMatchObject({ token: null, year: null, institutions: [] });
    expect(result.rejected).toEqual([{ file: 'chi-bom.xlsx', message: expect.stringMatching(/^Tệp “chi-bom\.xlsx” .*bảo vệ máy\.$/) }]);
    expect(snapshot()).toEqual(before);
  });
});
