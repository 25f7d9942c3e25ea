import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../electron/api/methods';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';
import { createInProcessHost, type InProcessHost } from '../support/test-host';
import { exportInto, openSampleSubmission } from './submission-export-fixture';

// LibreOffice as a real reader of the report and the appendix (where it is installed): both open and print to
// PDF, the report with its page numbers from page 2 and its header blocks on page 1, the appendix with a page per
// sheet at least. Rendered pages were also looked at by eye (see the closing note).

const poppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!findSoffice() || !poppler)('the submission files in LibreOffice', () => {
  let host: InProcessHost;
  let result: MethodOutput<'submissionExport.export'>;
  let out: string;
  beforeAll(async () => {
    host = createInProcessHost();
    await openSampleSubmission(host);
    result = await exportInto(host, 'xuat');
    out = join(host.dir, 'lo');
    mkdirSync(out);
  }, 180_000);
  afterAll(() => host.cleanup());

  const copyOf = (role: string, name: string) => {
    const target = join(out, name);
    copyFileSync(join(result.folder!, result.files.find((f) => f.role === role)!.fileName), target);
    return target;
  };
  const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']).toString();
  const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);

  it('prints the report on A4 with the header blocks on page 1 and page numbers from page 2', async () => {
    const pdf = await convertWithLibreOffice(copyOf('report_docx', 'bao-cao.docx'), 'pdf', out);
    expect(pages(pdf)).toBeGreaterThan(2);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const first = pageText(pdf, 1).trim().split('\n').map((line) => line.trim());
    expect(first[0]).toMatch(/^UBND TỈNH SÔNG LAM\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(first.join('\n')).toContain('Sông Lam, ngày 05 tháng 02 năm 2026');
    expect(pageText(pdf, 2).trim().split('\n')[0]!.trim()).toBe('2');
    expect(pageText(pdf, 3).trim().split('\n')[0]!.trim()).toBe('3');
  }, 180_000);

  it('prints the appendix, every sheet on landscape pages', async () => {
    const pdf = await convertWithLibreOffice(copyOf('appendix_xlsx', 'phu-luc.xlsx'), 'pdf', out);
    expect(pages(pdf)).toBeGreaterThanOrEqual(8);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const title of ['PHỤ LỤC 1A.', 'PHỤ LỤC 1B.', 'PHỤ LỤC 2.', 'PHỤ LỤC 3.', 'PHỤ LỤC 4.', 'PHỤ LỤC 5.', 'PHỤ LỤC 6.', 'PHỤ LỤC 7.']) expect(text).toContain(title);
  }, 180_000);
});
