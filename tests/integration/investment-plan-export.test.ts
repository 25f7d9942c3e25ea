import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { type CapitalFixture, createCapitalFixture, M } from './capital-fixture';

// The investment-plan table of 2026 exported and read back: the four groups with the right projects, figures in
// triệu đồng, totals as formulas whose cached results are right, print setup, and user text neutralised.
//
// Expected, from capital-fixture.ts (triệu đồng; capital columns count public-investment sources only):
//   I   DA-HT   completed with a gap      TMĐT 9.000 (NSĐP)             to 2025: 3.000 + 3.000 + 2.500 = 8.500   2026: 0
//   II  DA-ODA  ongoing (from 2024)       TMĐT 10.000 (NSĐP 2.000, khác 8.000)  to 2025: 2×2.000 + 2×500 = 5.000  2026: 2.500
//       DA-CT   ongoing (from 2025)       TMĐT 12.000 (NSTW 8.000, NSĐP 4.000)  to 2025: 1.000 + 1.000 = 2.000   2026: 3.000
//   III DA-KCM  starts 2026               TMĐT 2.000 (NSĐP)             2026: 1.000
//   IV  DA-DX   proposed                  TMĐT 3.000 (NSĐP)
//   DA-HUY is cancelled: left out. Grand totals: TMĐT 36.000, to 2025: 15.500, plan 2026: 6.500.

/** A formula cell's cached result; exceljs stores none for a zero result (Excel recalculates on load anyway). */
const cellValue = (cell: ExcelJS.Cell) => {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in (v as object)) return (v as { result?: number }).result ?? 0;
  return v;
};
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as { formula?: string } | null)?.formula;

describe('the investment-plan workbook', () => {
  let host: InProcessHost;
  let fx: CapitalFixture;
  beforeEach(async () => {
    host = createInProcessHost();
    fx = await createCapitalFixture(host);
  });
  afterEach(() => host.cleanup());

  it('lays out groups, figures in triệu đồng and formula totals, ready for A4 landscape', async () => {
    await host.call('capital.applyMediumTermEdits', { edits: [{ id: fx.row('CT', 'NSTW'), field: 'm2026_2030', value: 4_000 * M }], newRows: [] });
    await host.call('projects.applyEdits', { edits: [{ id: fx.ids.KCM, field: 'name', value: '=HYPERLINK("http://x","bấm")' }], newRows: [] });
    const file = join(host.dir, 'ke-hoach-2026.xlsx');
    host.platform.saveAnswers.push(file);
    expect(await host.call('capital.exportInvestmentPlan', { year: 2026 })).toEqual({ file, rows: 5 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 — CHUYỂN ĐỔI SỐ GIÁO DỤC NGHỀ NGHIỆP');
    expect(sheet.getCell('A3').value).toBe('Đơn vị: triệu đồng');
    expect(sheet.getCell('K4').value).toBe('Lũy kế vốn đã bố trí đến hết năm 2025');
    expect(sheet.getCell('L4').value).toBe('Kế hoạch đầu tư công trung hạn 2026-2030');
    expect(sheet.getCell('M4').value).toBe('Kế hoạch năm 2026');
    expect(['G6', 'H6', 'I6', 'J6'].map((ref) => sheet.getCell(ref).value)).toEqual(['Tổng số (tất cả các nguồn vốn)', 'Trong đó: NSTW', 'NSĐP', 'Nguồn khác']);

    const column = (row: number) => ['A', 'B', 'G', 'H', 'I', 'J', 'K', 'L', 'M'].map((c) => cellValue(sheet.getCell(`${c}${row}`)));
    expect(column(8)).toEqual([null, 'TỔNG SỐ', 36_000, 8_000, 20_000, 8_000, 15_500, 4_000, 6_500]);
    expect(column(9)).toEqual(['I', 'Dự án hoàn thành, bàn giao đưa vào sử dụng', 9_000, 0, 9_000, 0, 8_500, 0, 0]);
    expect(column(10)).toEqual([1, 'Số hóa hồ sơ người học (hoàn thành)', 9_000, 0, 9_000, 0, 8_500, 0, 0]);
    expect(column(11)).toEqual(['II', 'Dự án chuyển tiếp sang năm 2026', 22_000, 8_000, 6_000, 8_000, 7_000, 4_000, 5_500]);
    expect(column(12)).toEqual([1, 'Đào tạo nghề chất lượng cao (vốn ODA)', 10_000, 0, 2_000, 8_000, 5_000, 0, 2_500]);
    expect(column(13)).toEqual([2, 'Nền tảng quản trị số GDNN (chuyển tiếp)', 12_000, 8_000, 4_000, 0, 2_000, 4_000, 3_000]);
    expect(column(14)).toEqual(['III', 'Dự án khởi công mới năm 2026', 2_000, 0, 2_000, 0, 0, 0, 1_000]);
    // User text that looks like a formula is stored as text, never run.
    expect(column(15)).toEqual([1, `'=HYPERLINK("http://x","bấm")`, 2_000, 0, 2_000, 0, 0, 0, 1_000]);
    expect(column(16)).toEqual(['IV', 'Dự án chuẩn bị đầu tư', 3_000, 0, 3_000, 0, 0, 0, 0]);
    expect(column(17)).toEqual([1, 'Trung tâm học liệu số (đề xuất)', 3_000, 0, 3_000, 0, 0, 0, 0]);
    expect(sheet.rowCount).toBe(17);

    // Totals a reader can check: each group sums its projects, the grand total adds the groups.
    expect(formulaOf(sheet.getCell('M11'))).toBe('SUM(M12:M13)');
    expect(formulaOf(sheet.getCell('M8'))).toBe('M9+M11+M14+M16');
    expect(typeof sheet.getCell('M12').value).toBe('number');
    // The decision that approved the investment, with its date.
    expect(sheet.getCell('F13').value).toBe('19/QĐ-UBND; 05/11/2024');
    expect(sheet.getCell('E13').value).toBe('2025 - 2028');
    expect(sheet.getCell('G13').numFmt).toBe('#,##0');

    // exceljs does not read calcPr back: look in the workbook part itself.
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('fullCalcOnLoad="1"');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:7' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
  });

  // LibreOffice prints wrapped text in rows of the default height (the text runs over the row below) unless the file
  // says how high a row is. Widths in Excel units; ~1.35 characters of 11 pt Times New Roman per unit; 15 pt a line
  // plus 3 pt of padding:
  //   row 6: "Tổng số (tất cả các nguồn vốn)" (30 characters) in G, width 14 → 17 a line → 2 lines → 33 pt;
  //   row 7, the column numbers, and the total row 8: one line → 18 pt;
  //   DA-ODA (row 12) renamed to 131 characters in B, width 46 → 60 a line → 3 lines → 48 pt.
  it('gives every wrapped row the height of its text, so LibreOffice prints it inside the row', async () => {
    const longName = 'Đào tạo nghề chất lượng cao theo chuẩn các nước phát triển, ứng dụng công nghệ số trong dạy học, quản lý đào tạo và kiểm định (ODA)';
    expect(longName.length).toBe(131);
    await host.call('projects.applyEdits', {
      edits: [
        { id: fx.ids.ODA, field: 'name', value: longName },
        { id: fx.ids.ODA, field: 'notes', value: 'Vốn đối ứng NSĐP bố trí theo hiệp định vay.' },
      ],
      newRows: [],
    });
    const file = join(host.dir, 'ke-hoach-cao-dong.xlsx');
    host.platform.saveAnswers.push(file);
    await host.call('capital.exportInvestmentPlan', { year: 2026 });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B12').value).toBe(longName);
    expect([6, 7, 8, 12].map((r) => sheet.getRow(r).height)).toEqual([33, 18, 18, 48]);
    for (let r = 6; r <= sheet.rowCount; r++) expect(sheet.getRow(r).height, `row ${r}`).toBeGreaterThanOrEqual(18);
    // The user's note ends its sentence itself; the app's note follows without a second full stop.
    expect(sheet.getCell('N12').value).toMatch(/^Vốn đối ứng NSĐP bố trí theo hiệp định vay\. Còn thiếu [\d.]+ triệu đồng so với TMĐT$/);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    host.platform.saveAnswers.push(null);
    expect(await host.call('capital.exportInvestmentPlan', { year: 2026 })).toEqual({ file: null, rows: 0 });
  });
});
