import { SNAPSHOT_FORMAT_VERSION, type SubmissionSnapshot } from '../../electron/api/schemas/submission-snapshot';

// A small hand-made snapshot of year 2025 for the report tests: three targets (two percent, one milestone), two
// projects with allocations 2024–2025 in two sources, five narrative sections. Figures are chosen to be checked by
// hand: capital before 2025 = 1.500 + 500 = 2.000 triệu; plan 2025 = 2.000 (NSĐP, adjusted from 2.500) + 800 (NSTW)
// = 2.800 triệu; disbursed 2025 = 1.400 + 700 = 2.100 triệu (75,0%).

const M = 1_000_000;

export function reportSnapshot(overrides: Partial<SubmissionSnapshot['submission']> = {}): SubmissionSnapshot {
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    year: 2025,
    generatedAt: '2026-02-05T09:00:00.000+07:00',
    appVersion: 'test',
    province: {
      name: 'Tỉnh Sông Lam (dữ liệu mẫu)',
      placeName: 'Sông Lam',
      superiorBody: 'UBND tỉnh Sông Lam',
      owningDepartment: 'Sở Giáo dục và Đào tạo',
      owningDepartmentCode: 'SGDĐT',
      recipientMinistry: 'Bộ Giáo dục và Đào tạo',
      recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
      signerName: 'Nguyễn Văn Minh',
      signerTitle: 'Phó Giám đốc',
      signingAuthority: 'KT. Giám đốc',
      documentCode: 'BC-SGDĐT',
      predecessors: [],
    },
    submission: {
      year: 2025,
      state: 'approved',
      documentNumber: '15',
      documentDate: '2026-02-05',
      subject: 'Kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025',
      recipients: ['Bộ Giáo dục và Đào tạo (để báo cáo);', 'Cục GDNN và GDTX;', 'UBND tỉnh (để báo cáo);'],
      approvedBy: 'kiem-thu',
      approvedAt: '2026-02-04T16:00:00.000+07:00',
      sections: [
        { key: 'situation', title: 'Tình hình triển khai và công tác truyền thông', body: 'Năm 2025, Sở đã tổ chức 4 hội nghị.\n\nCác cơ sở đã xây dựng kế hoạch chuyển đổi số.' },
        { key: 'results', title: 'Kết quả thực hiện các chỉ tiêu', body: 'Kết quả cụ thể như sau.' },
        { key: 'projects', title: 'III. Dự án đầu tư và vốn', body: 'Hai dự án được bố trí vốn.' },
        { key: 'difficulties', title: 'Khó khăn, vướng mắc', body: 'Kinh phí còn hạn chế.\nNhân lực công nghệ thông tin còn thiếu.' },
        { key: 'proposals', title: 'Đề xuất, kiến nghị', body: '- Đề nghị Bộ hỗ trợ nền tảng dùng chung.' },
      ],
      ...overrides,
    },
    capitalSources: [
      { code: 'NSTW', nameVi: 'Ngân sách trung ương', isPublicInvestment: true },
      { code: 'NSDP', nameVi: 'Ngân sách địa phương', isPublicInvestment: true },
      { code: 'XHH', nameVi: 'Xã hội hóa', isPublicInvestment: false },
    ],
    institutionTypes: [{ code: 'CD', nameVi: 'Trường cao đẳng' }],
    institutions: [],
    indicators: [],
    indicatorValues: [],
    targets: [
      target('a1', 'percent', 50, 52.5, 105, 200),
      target('a2', 'percent', 50, 40, 40, 100),
      { ...target('d1', 'milestone', null, null, null, null), milestoneText: 'Đã kết nối nền tảng quốc gia' },
    ],
    projects: [],
    allocations: [
      { projectCode: 'DA-01', year: 2024, sourceCode: 'NSDP', plannedDong: 1_500 * M, adjustedDong: null, disbursedDong: 1_500 * M },
      { projectCode: 'DA-01', year: 2025, sourceCode: 'NSDP', plannedDong: 2_500 * M, adjustedDong: 2_000 * M, disbursedDong: 1_400 * M },
      { projectCode: 'DA-02', year: 2024, sourceCode: 'NSTW', plannedDong: 500 * M, adjustedDong: null, disbursedDong: 500 * M },
      { projectCode: 'DA-02', year: 2025, sourceCode: 'NSTW', plannedDong: 800 * M, adjustedDong: null, disbursedDong: 700 * M },
    ],
    milestones: [],
    awarenessActivities: [],
    totals: {
      institutionsActive: 0,
      institutionsAssessed: 0,
      institutionsApproved: 0,
      plannedThisYearDong: 2_800 * M,
      disbursedThisYearDong: 2_100 * M,
      fundingGapDong: 0,
      participants: 0,
    },
  };
}

function target(
  code: string,
  kind: 'percent' | 'milestone',
  targetThisYear: number | null,
  attainment: number | null,
  numerator: number | null,
  denominator: number | null,
): SubmissionSnapshot['targets'][number] {
  return {
    code,
    scope: 'national',
    kind,
    groupCode: code[0]!,
    subject: 'teachers',
    nameVi: `Chỉ tiêu ${code}`,
    nameEn: `Target ${code}`,
    nationalTargetCode: null,
    target2025: targetThisYear,
    target2030: 100,
    targetThisYear,
    numerator,
    denominator,
    attainment,
    institutionsCounted: 3,
    institutionsInSubject: 3,
    milestoneText: null,
    history: [],
  };
}
