import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../electron/services/submission-export/report/html';
import { buildReportModel, paragraphsOf, recipientLines, subjectLine } from '../../electron/services/submission-export/report/model';
import { capitalBySource, targetName, targetVerdict } from '../../electron/services/submission-export/report/tables';
import { estimatePages } from '../../electron/services/submission-export/preview';
import { reportSnapshot } from './report-fixture';

describe('the report model', () => {
  const snapshot = reportSnapshot();
  const model = buildReportModel(snapshot);

  it('has the header blocks of Decree 30: bodies upper-case, number and code, national name, motto, place and date', () => {
    expect(model.header).toEqual({
      superiorBody: 'UBND TỈNH SÔNG LAM',
      issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      numberLine: 'Số: 15/BC-SGDĐT',
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDateLine: 'Sông Lam, ngày 05 tháng 02 năm 2026',
    });
    expect(model.title).toEqual({ documentType: 'BÁO CÁO', subject: 'Kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025' });
  });

  it('numbers the narrative sections I–V, upper-case, dropping a number the planner typed', () => {
    expect(model.sections.map((s) => s.heading)).toEqual([
      'I. TÌNH HÌNH TRIỂN KHAI VÀ CÔNG TÁC TRUYỀN THÔNG',
      'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'III. DỰ ÁN ĐẦU TƯ VÀ VỐN',
      'IV. KHÓ KHĂN, VƯỚNG MẮC',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // Every non-empty line is a paragraph.
    expect(model.sections[0]!.blocks).toEqual([
      { kind: 'paragraph', text: 'Năm 2025, Sở đã tổ chức 4 hội nghị.' },
      { kind: 'paragraph', text: 'Các cơ sở đã xây dựng kế hoạch chuyển đổi số.' },
    ]);
    expect(paragraphsOf('a\r\n\r\n  b  c \n\n')).toEqual(['a', 'b c']);
  });

  it('puts the targets table and chart under the results, the capital table and chart under the projects', () => {
    const kinds = (key: string) => model.sections.find((s) => s.key === key)!.blocks.map((b) => (b.kind === 'paragraph' ? 'p' : b.kind === 'table' ? b.table.id : `chart:${b.chart.id}`));
    expect(kinds('results')).toEqual(['p', 'targets', 'chart:attainment']);
    expect(kinds('projects')).toEqual(['p', 'capital', 'chart:capital']);
  });

  it('states each target against its result, worked out by hand', () => {
    const table = model.sections[1]!.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.table.caption).toBe('Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2025');
    expect(table.table.rows.map((r) => r.cells)).toEqual([
      ['a1', 'Chỉ tiêu a1', '50%', '52,5%', '105/200', 'Đạt'],
      ['a2', 'Chỉ tiêu a2', '50%', '40%', '40/100', 'Chưa đạt'],
      ['d1', 'Chỉ tiêu d1', 'Mốc', '', '', 'Đã kết nối nền tảng quốc gia'],
    ]);
    expect(targetVerdict({ ...snapshot.targets[0]!, attainment: null })).toBe('Chưa có số liệu');
    expect(targetName({ ...snapshot.targets[0]!, scope: 'provincial' })).toBe('Chỉ tiêu a1 (chỉ tiêu của tỉnh)');
    expect(targetName({ ...snapshot.targets[0]!, scope: 'provincial', nameVi: 'Tỷ lệ X (chỉ tiêu của tỉnh)' })).toBe('Tỷ lệ X (chỉ tiêu của tỉnh)');
  });

  it('sums capital by source: before the year, the year as adjusted, disbursed', () => {
    expect(capitalBySource(snapshot).map((s) => [s.code, s.beforeDong / 1e6, s.planDong / 1e6, s.disbursedDong / 1e6])).toEqual([
      ['NSTW', 500, 800, 700],
      ['NSDP', 1_500, 2_000, 1_400],
    ]);
    const table = model.sections[2]!.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.table.unit).toBe('Đơn vị: triệu đồng');
    expect(table.table.rows[0]).toEqual({ cells: ['Tổng số', '2.000', '2.800', '2.100', '75%'], emphasis: 'total' });
  });

  it('draws the capital chart by year and source, in triệu đồng', () => {
    const chart = model.sections[2]!.blocks.find((b) => b.kind === 'chart')!;
    if (chart.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.categories).toEqual(['2024', '2025']);
    expect(chart.chart.series.map((s) => [s.name, s.values])).toEqual([
      ['Ngân sách trung ương', [500, 800]],
      ['Ngân sách địa phương', [1_500, 2_000]],
      ['Giải ngân', [2_000, 2_100]],
    ]);
  });

  it('closes with "Nơi nhận" as offices print it, and the signing block upper-case', () => {
    expect(model.closing).toEqual({
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Bộ Giáo dục và Đào tạo (để báo cáo);', '- Cục GDNN và GDTX;', '- UBND tỉnh (để báo cáo);', '- Lưu: VT.'],
      authority: 'KT. GIÁM ĐỐC',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Minh',
    });
    const own = reportSnapshot({ recipients: ['- Bộ GDĐT;', 'Lưu: VT, GDNN.'] });
    expect(recipientLines(own)).toEqual(['- Bộ GDĐT;', '- Lưu: VT, GDNN.']);
  });

  it('never prints the document type twice in the subject line', () => {
    expect(subjectLine('Báo cáo kết quả năm 2025', 2025)).toBe('Kết quả năm 2025');
    expect(subjectLine('báo cáo về tình hình', 2025)).toBe('Tình hình');
    expect(subjectLine('  ', 2025)).toContain('năm 2025');
  });

  it('leaves the number and the date blank when the planner has not set them', () => {
    const draft = buildReportModel(reportSnapshot({ documentNumber: '', documentDate: null }));
    expect(draft.header.numberLine).toMatch(/^Số: \u00a0+\/BC-SGDĐT$/);
    expect(draft.header.placeDateLine).toMatch(/^Sông Lam, ngày\u00a0+tháng\u00a0+năm 2026$/);
  });

  it('escapes user text in the HTML, which has no script and fetches nothing', () => {
    const hostile = buildReportModel(
      reportSnapshot({ sections: [{ key: 'situation', title: '<script>alert(1)</script>', body: '<img src="http://x/y.png"> & "quoted"' }] }),
    );
    const html = renderHtml(hostile, new Map([['attainment', '<svg width="1" height="1"><script>alert(2)</script></svg>']]));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=&quot;http://x/y.png&quot;&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page :first { @top-center { content: none; } }');
  });

  it('estimates the page count', () => {
    expect(estimatePages(model)).toBeGreaterThanOrEqual(2);
    expect(estimatePages(model)).toBeLessThanOrEqual(4);
  });
});
