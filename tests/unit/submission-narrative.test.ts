import { describe, expect, it } from 'vitest';
import { defaultRecipients, defaultSubject, recipientsFromText, recipientsToText } from '../../electron/services/submission/defaults';
import { type NarrativeData, prefillSection, prefillSections } from '../../electron/services/submission/narrative';
import { yearCapitalBySource } from '../../electron/services/submission/narrative-capital';
import { listText, money, pct, provinceInSentence } from '../../electron/services/submission/narrative-text';
import { institution, project, snapshot2025, target } from './submission-snapshot-fixture';

const data = (): NarrativeData => {
  const { submission: _s, ...rest } = snapshot2025();
  return rest;
};

describe('narrative formats', () => {
  it('writes figures the Vietnamese way: 1.234,5 triệu đồng, 62,5%', () => {
    expect(money(1_234_500_000)).toBe('1.234,5 triệu đồng');
    expect(money(1_234_567_891_000)).toBe('1.234.567,891 triệu đồng');
    expect(pct(62.5)).toBe('62,5%');
    expect(pct(45.94)).toBe('45,9%');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b', 'c'])).toBe('a, b và c');
    expect(provinceInSentence('Tỉnh Sông Lam (dữ liệu mẫu)')).toBe('tỉnh Sông Lam');
    expect(provinceInSentence('Thành phố Hồ Chí Minh')).toBe('thành phố Hồ Chí Minh');
  });

  it('starts a record with the year’s subject and the recipients from the profile', () => {
    expect(defaultSubject(2026)).toBe('Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2026');
    const recipients = defaultRecipients({ recipientMinistry: 'Bộ Giáo dục và Đào tạo', recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên' });
    expect(recipients).toEqual(['Bộ Giáo dục và Đào tạo (Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên)', 'Lưu: VT, GDNN']);
    expect(recipientsFromText(recipientsToText([' a ', '', 'b']))).toEqual(['a', 'b']);
  });
});

describe('narrative prefill', () => {
  it('writes five sections in the report’s order, each from the data', () => {
    const sections = prefillSections(data());
    expect(sections.map((s) => s.key)).toEqual(['situation', 'results', 'projects', 'difficulties', 'proposals']);
    expect(sections.every((s) => s.body.trim().length > 0)).toBe(true);
  });

  it('reports each target against the year’s value, met or short, with last year beside it', () => {
    const d = data();
    d.targets = [
      target({ code: 'a1' }),
      target({ code: 'a2', attainment: 42.5, numerator: 85, denominator: 200, history: [] }),
      target({ code: 'c1', kind: 'milestone', attainment: null, numerator: null, denominator: null, milestoneText: 'Hình thành (mốc năm 2025)' }),
    ];
    const text = prefillSection('results', d);
    expect(text).toContain(
      '- Tỷ lệ của chỉ tiêu a1 (chỉ tiêu a1): đạt 62,5% (125/200; 3/4 cơ sở có số liệu), so với chỉ tiêu năm 2025 là 50%: đạt, vượt 12,5 điểm phần trăm; năm 2024 đạt 40%.',
    );
    expect(text).toContain('- Tỷ lệ của chỉ tiêu a2 (chỉ tiêu a2): đạt 42,5% (85/200; 3/4 cơ sở có số liệu), so với chỉ tiêu năm 2025 là 50%: chưa đạt, còn thiếu 7,5 điểm phần trăm.');
    expect(text).toContain('- Tỷ lệ của chỉ tiêu c1 (chỉ tiêu c1): Hình thành (mốc năm 2025).');
    expect(text).toContain('Trong 2 chỉ tiêu tính theo tỷ lệ, 1 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt so với lộ trình năm 2025.');
  });

  it('states the year’s capital by source in triệu đồng, the disbursement rate and every project short of capital', () => {
    const d = data();
    d.projects = [project({ code: 'DA-01', fundingGapDong: 2_500_000_000 })];
    d.totals.fundingGapDong = 2_500_000_000;
    expect(yearCapitalBySource(d)).toEqual([{ code: 'NSDP', nameVi: 'Ngân sách địa phương', allocatedDong: 1_234_500_000, disbursedDong: 1_000_000_000 }]);
    const text = prefillSection('projects', d);
    expect(text).toContain('Kế hoạch vốn năm 2025 đã giao 1.234,5 triệu đồng (Ngân sách địa phương 1.234,5 triệu đồng); đã giải ngân 1.000 triệu đồng, đạt 81% kế hoạch.');
    expect(text).toContain('Lũy kế vốn đã bố trí cho các dự án đến hết năm 2024 là 2.000 triệu đồng.');
    expect(text).toContain('- Dự án DA-01 (DA-01): còn thiếu 2.500 triệu đồng.');
    expect(text).toContain('1 dự án ở giai đoạn "Đang thực hiện"');
  });

  it('lists the awareness activities of the year with their dates and people, or says there were none', () => {
    const d = data();
    expect(prefillSection('situation', d)).toContain('dữ liệu chưa ghi nhận hoạt động nào trong năm 2025');
    d.awarenessActivities = [
      { heldOn: '2025-08-21', kind: 'conference', title: 'Hội nghị triển khai', audience: 'Cơ sở GDNN', participants: 1210 },
      { heldOn: '2025-12-04', kind: 'media', title: 'Chuyên mục truyền hình', audience: null, participants: null },
    ];
    d.totals.participants = 1210;
    d.institutions = [institution('CD1', 'approved'), institution('CD2', null)];
    d.totals.institutionsActive = 2;
    d.totals.institutionsAssessed = 1;
    d.totals.institutionsApproved = 1;
    const text = prefillSection('situation', d);
    expect(text).toContain('trên địa bàn tỉnh Kiểm Thử có 2 cơ sở giáo dục nghề nghiệp thuộc phạm vi đánh giá (2 trường cao đẳng). 1 cơ sở đã gửi số liệu tự đánh giá, trong đó 1 cơ sở đã được Sở thẩm định, phê duyệt.');
    expect(text).toContain('trong năm đã tổ chức 2 hoạt động (1 hội nghị và 1 chương trình truyền thông) với 1.210 lượt người tham dự');
    expect(text).toContain('- Ngày 21/08/2025: Hội nghị triển khai (Cơ sở GDNN; 1.210 người tham dự).');
    expect(text).toContain('- Ngày 04/12/2025: Chuyên mục truyền hình.');
    expect(prefillSection('difficulties', d)).toContain('năm 2025 còn 1 cơ sở chưa gửi số liệu tự đánh giá.');
  });

  it('proposes to the recipient ministry what the shortfalls point to', () => {
    const d = data();
    d.targets = [target({ code: 'a2', attainment: 40 })];
    d.totals.fundingGapDong = 3_000_000_000;
    const text = prefillSection('proposals', d);
    expect(text).toMatch(/^Để tiếp tục thực hiện hiệu quả Chương trình trong thời gian tới, Sở kính đề nghị Bộ Giáo dục và Đào tạo:/);
    expect(text).toContain('bồi dưỡng năng lực số');
    expect(text).toContain('còn thiếu vốn (3.000 triệu đồng)');
  });
});
