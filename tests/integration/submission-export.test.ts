import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/client';
import type { MethodOutput } from '../../electron/api/methods';
import { APPENDIX_SHEETS } from '../../electron/services/submission-export/appendix/workbook';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { exportInto, openSampleSubmission, paragraphTexts, YEAR } from './submission-export-fixture';

// The files of the sample province's 2025 submission, opened as their readers would: the .docx as a zip of XML
// parts, the workbook re-read with exceljs, the PDF with poppler. Expected values come from Decree 30/2020/NĐ-CP
// (page, margins, header texts) and from the data file itself (totals), not from the code that wrote them.

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const cellValue = (cell: ExcelJS.Cell) => {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && 'formula' in (v as object)) return (v as { result?: number }).result ?? 0;
  return v;
};
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as { formula?: string } | null)?.formula;

describe('the files of the annual submission', () => {
  let host: InProcessHost;
  let sqlite: Sqlite;
  let result: MethodOutput<'submissionExport.export'>;
  const fileOf = (role: string) => join(result.folder!, result.files.find((f) => f.role === role)!.fileName);

  beforeAll(async () => {
    host = createInProcessHost();
    sqlite = await openSampleSubmission(host);
    // A name that Excel would run as a formula, typed by a user: it must reach the workbook as text.
    const project = sqlite.prepare("SELECT id FROM projects WHERE code = 'DA-CDS-01'").get() as { id: number };
    await host.call('projects.applyEdits', { edits: [{ id: project.id, field: 'name', value: '=HYPERLINK("http://x","bấm")' }], newRows: [] });
    result = await exportInto(host, 'xuat');
  }, 180_000);
  afterAll(() => host.cleanup());

  describe('the report as .docx', () => {
    let documentXml: string;
    let zip: JSZip;
    beforeAll(async () => {
      zip = await JSZip.loadAsync(readFileSync(fileOf('report_docx')));
      documentXml = await zip.file('word/document.xml')!.async('string');
    });

    it('is A4 portrait with margins of 20 mm top and bottom, 30 mm left, 15 mm right', () => {
      // 210 × 297 mm in twips (1/1440 inch): 11906 × 16838; 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
      expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
      const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1]!;
      const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margins)![1]);
      expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([1134, 1134, 1701, 850]);
    });

    it('is set in Times New Roman, 14 pt body, 1.27 cm first-line indent, at least 6 pt between paragraphs, lines 1–1.5', async () => {
      const styles = await zip.file('word/styles.xml')!.async('string');
      const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0];
      expect(defaults).toContain('w:ascii="Times New Roman"');
      expect(defaults).toContain('w:hAnsi="Times New Roman"');
      expect(defaults).toContain('<w:sz w:val="28"/>');
      // Every run that names a font names Times New Roman.
      const fonts = new Set([...documentXml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
      expect([...fonts]).toEqual(['Times New Roman']);
      // Body paragraphs: justified, indented 720 twips (1.27 cm), 120 twips (6 pt) after, line 276/240 = 1.15.
      const body = [...documentXml.matchAll(/<w:p><w:pPr>(<w:spacing [^>]*\/><w:ind w:firstLine="720"\/><w:jc w:val="both"\/>)<\/w:pPr>/g)];
      expect(body.length).toBeGreaterThan(20);
      for (const [, props] of body) {
        const after = Number(/w:after="(\d+)"/.exec(props!)![1]);
        const line = Number(/w:line="(\d+)"/.exec(props!)![1]);
        expect(after).toBeGreaterThanOrEqual(120);
        expect(line).toBeGreaterThanOrEqual(240);
        expect(line).toBeLessThanOrEqual(360);
        expect(props).toContain('w:lineRule="auto"');
      }
    });

    it('carries the two header blocks, the number and code, the date line, the title and the subject', () => {
      const texts = paragraphTexts(documentXml);
      const first = texts.slice(0, 12);
      expect(first).toEqual(
        expect.arrayContaining([
          'UBND TỈNH SÔNG LAM',
          'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
          'Số: 15/BC-SGDĐT',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'Độc lập - Tự do - Hạnh phúc',
          'Sông Lam, ngày 05 tháng 02 năm 2026',
          'BÁO CÁO',
        ]),
      );
      const subject = texts[texts.indexOf('BÁO CÁO') + 1]!;
      expect(subject).toMatch(/^Kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025$/);
      // The header blocks sit in a borderless two-column table: superior and issuing body left, national name right.
      const headerTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0];
      expect(headerTable).toContain('<w:gridCol w:w="3742"/><w:gridCol w:w="5613"/>');
      expect(headerTable).not.toMatch(/w:val="single"[^>]*w:sz="4"/);
      // The issuing body and the national name are bold; the date line italic.
      const runOf = (text: string) => new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${text}</w:t>`).exec(documentXml)![1]!;
      expect(runOf('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toContain('<w:b/>');
      expect(runOf('UBND TỈNH SÔNG LAM')).not.toContain('<w:b/>');
      expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
      expect(runOf('Sông Lam, ngày 05 tháng 02 năm 2026')).toContain('<w:i/>');
    });

    it('has every narrative section of the submission, numbered, with its paragraphs', async () => {
      const submission = (await host.call('submission.get', { year: YEAR }))!;
      const texts = paragraphTexts(documentXml);
      const numerals = ['I', 'II', 'III', 'IV', 'V'];
      expect(submission.sections).toHaveLength(5);
      submission.sections.forEach((section, i) => {
        expect(texts).toContain(`${numerals[i]}. ${section.title.toLocaleUpperCase('vi')}`);
        const firstParagraph = section.body.split('\n').map((l) => l.trim()).find(Boolean)!;
        expect(texts).toContain(firstParagraph.replace(/\s+/g, ' '));
      });
    });

    it('numbers pages from page 2, centred in the top margin', async () => {
      expect(documentXml).toContain('<w:titlePg/>');
      const defaultHeader = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(documentXml)![1];
      const firstHeader = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(documentXml)![1];
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      const pageHeader = await zip.file(`word/${target(defaultHeader!)}`)!.async('string');
      expect(pageHeader).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(pageHeader).toContain('<w:jc w:val="center"/>');
      const emptyHeader = await zip.file(`word/${target(firstHeader!)}`)!.async('string');
      expect(emptyHeader).not.toContain('PAGE');
    });

    it('embeds the two charts as PNG images and draws the result tables with borders', async () => {
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(2);
      for (const name of media) expect((await zip.file(name)!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
      const texts = paragraphTexts(documentXml);
      expect(texts).toContain('Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2025');
      expect(texts).toContain('Bảng 2. Vốn bố trí và giải ngân năm 2025 theo nguồn vốn');
      expect(texts).toContain('Biểu đồ 1. Mức đạt các chỉ tiêu năm 2025 (%)');
      expect(documentXml.match(/<w:tblBorders><w:top w:val="single"/g)).toHaveLength(2);
      // The year's plan in Bảng 2 is the allocations of 2025 as adjusted, in triệu đồng, as the data file sums it.
      const plan = (sqlite.prepare('SELECT sum(coalesce(adjusted_dong, planned_dong)) AS d FROM allocations WHERE year = ?').get(YEAR) as { d: number }).d;
      const total = texts.indexOf('Tổng số');
      expect(texts[total + 2]).toBe(new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(plan / 1e6));
    });

    it('closes with "Nơi nhận" in bold italics, the list, and the signing block', () => {
      const texts = paragraphTexts(documentXml);
      const at = texts.indexOf('Nơi nhận:');
      expect(at).toBeGreaterThan(0);
      expect(texts[at + 1]).toMatch(/^- Bộ Giáo dục và Đào tạo/);
      expect(texts.slice(at).find((t) => t.startsWith('- Lưu'))).toMatch(/\.$/);
      expect(texts.slice(at)).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Minh']));
      expect(documentXml).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:/);
    });
  });

  describe('the appendix workbook', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(fileOf('appendix_xlsx'));
    });

    it('has the sheets of the appendix, each printable on A4 landscape with its header rows repeated', () => {
      expect(workbook.worksheets.map((s) => s.name)).toEqual([...APPENDIX_SHEETS]);
      for (const sheet of workbook.worksheets) {
        expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
        expect(sheet.pageSetup.printTitlesRow).toBe(sheet.name === 'KH đầu tư công' ? '4:7' : '4:4');
      }
      expect(workbook.getWorksheet('Vốn theo nguồn')!.getCell('A3').value).toBe('Đơn vị: triệu đồng');
      expect(workbook.getWorksheet('KH đầu tư công')!.getCell('A3').value).toBe('Đơn vị: triệu đồng');
    });

    it('totals the institutions with a formula whose result is the sum of the rows', () => {
      const sheet = workbook.getWorksheet('Cơ sở GDNN')!;
      const count = (sqlite.prepare("SELECT count(*) AS n FROM institutions WHERE status = 'active'").get() as { n: number }).n;
      expect(count).toBeGreaterThan(20);
      const rows: number[] = [];
      for (let r = 6; r <= sheet.rowCount; r++) rows.push(Number(sheet.getCell(`I${r}`).value ?? 0));
      expect(sheet.getCell('C5').value).toBe('TỔNG SỐ');
      expect(formulaOf(sheet.getCell('I5'))).toBe(`SUM(I6:I${sheet.rowCount})`);
      expect(cellValue(sheet.getCell('I5'))).toBe(rows.reduce((n, v) => n + v, 0));
      expect(sheet.getCell('I6').numFmt).toBe('#,##0');
    });

    it('sums capital by source and year to what the data file holds, in triệu đồng', () => {
      const sheet = workbook.getWorksheet('Vốn theo nguồn')!;
      const header = sheet.getRow(4).values as unknown[];
      const column = header.indexOf(`Năm ${YEAR}`);
      expect(column).toBeGreaterThan(2);
      const plan = (sqlite.prepare('SELECT sum(coalesce(adjusted_dong, planned_dong)) AS d FROM allocations WHERE year = ?').get(YEAR) as { d: number }).d;
      expect(sheet.getCell(5, 2).value).toBe('Kế hoạch vốn giao (sau điều chỉnh, nếu có)');
      expect(cellValue(sheet.getCell(5, column))).toBeCloseTo(plan / 1e6, 6);
      expect(formulaOf(sheet.getCell(5, column))).toMatch(/^SUM\([A-Z]+6:[A-Z]+\d+\)$/);
      expect(['#,##0', '#,##0.000']).toContain(sheet.getCell(6, column).numFmt);
    });

    it('works the results out from the counts beside them', () => {
      const sheet = workbook.getWorksheet('Chỉ tiêu')!;
      const a1 = (sqlite.prepare("SELECT code FROM targets WHERE code = 'a1'").get() as { code: string } | undefined)?.code;
      expect(a1).toBe('a1');
      const row = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => sheet.getCell(`B${r}`).value === 'a1')!;
      expect(formulaOf(sheet.getCell(`J${row}`))).toBe(`H${row}/I${row}*100`);
      const numerator = Number(sheet.getCell(`H${row}`).value);
      const denominator = Number(sheet.getCell(`I${row}`).value);
      expect(cellValue(sheet.getCell(`J${row}`))).toBeCloseTo((numerator / denominator) * 100, 9);
      expect(sheet.getCell(`J${row}`).numFmt).toBe('#,##0.0');
    });

    it('stores user text that looks like a formula as text', () => {
      const sheet = workbook.getWorksheet('Chi tiết phân bổ vốn')!;
      const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).filter((row) => row.getCell(2).value === 'DA-CDS-01');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://x","bấm")`);
      // The total row above the rows is a real formula, and equals the rows' sum.
      const total = sheet.getCell('F5');
      expect(formulaOf(total)).toBe(`SUM(F6:F${sheet.rowCount})`);
      let sum = 0;
      for (let r = 6; r <= sheet.rowCount; r++) sum += Number(sheet.getCell(`F${r}`).value);
      expect(cellValue(total)).toBeCloseTo(sum, 6);
    });

    it('is the investment-plan table of the capital page, in its own layout', () => {
      const sheet = workbook.getWorksheet('KH đầu tư công')!;
      expect(sheet.getCell('A1').value).toBe(`PHỤ LỤC 3. KẾ HOẠCH ĐẦU TƯ CÔNG NĂM ${YEAR} — CHUYỂN ĐỔI SỐ GIÁO DỤC NGHỀ NGHIỆP`);
      expect(sheet.getCell('B8').value).toBe('TỔNG SỐ');
      expect(sheet.getCell('M4').value).toBe(`Kế hoạch năm ${YEAR}`);
    });
  });

  describe('the report as PDF', () => {
    let pdf: Buffer;
    beforeAll(() => {
      pdf = readFileSync(fileOf('report_pdf'));
    });

    it('is a PDF of several A4 pages', () => {
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(host.platform.printed).toBe(1);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
    });

    it.skipIf(!hasPoppler)('reads as the report: national name, title, date line; page numbers from page 2', () => {
      const file = fileOf('report_pdf');
      const info = execFileSync('pdfinfo', [file]).toString();
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Sông Lam, ngày 05 tháng 02 năm 2026');
      expect(text).toContain('Số: 15/BC-SGDĐT');
      const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).toString().trim().split('\n')[0]!.trim();
      expect(page(1)).toMatch(/^UBND TỈNH SÔNG LAM\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
      expect(page(2)).toBe('2');
    });
  });
});
