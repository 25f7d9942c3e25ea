import type { SubmissionSnapshot } from '../../electron/api/schemas/submission-snapshot';

// A small, complete snapshot of 2025 worked out by hand, for the pure rules of the submission (pre-flight checks,
// narrative). Tests copy it and change the one thing they judge.

type Target = SubmissionSnapshot['targets'][number];
type Project = SubmissionSnapshot['projects'][number];
type Institution = SubmissionSnapshot['institutions'][number];

export const target = (patch: Partial<Target> & Pick<Target, 'code'>): Target => ({
  scope: 'national',
  kind: 'percent',
  groupCode: 'a',
  subject: 'teachers',
  nameVi: `Tỷ lệ của chỉ tiêu ${patch.code}`,
  nameEn: `Share ${patch.code}`,
  nationalTargetCode: null,
  target2025: 50,
  target2030: 100,
  targetThisYear: 50,
  numerator: 125,
  denominator: 200,
  attainment: 62.5,
  institutionsCounted: 3,
  institutionsInSubject: 4,
  milestoneText: null,
  history: [{ year: 2024, attainment: 40 }],
  ...patch,
});

export const project = (patch: Partial<Project> & Pick<Project, 'code'>): Project => ({
  name: `Dự án ${patch.code}`,
  investor: 'Sở Giáo dục và Đào tạo',
  location: null,
  groupCode: 'C',
  stageCode: 'IMPLEMENTING',
  stageName: 'Đang thực hiện',
  startYear: 2024,
  endYear: 2026,
  decision: '12/QĐ-UBND ngày 05/02/2024',
  totalInvestmentDong: 10_000_000_000,
  fundingBySource: { NSDP: 10_000_000_000 },
  allocatedBeforeYearDong: 2_000_000_000,
  mediumTermDong: 10_000_000_000,
  plannedThisYearDong: 1_234_500_000,
  disbursedThisYearDong: 1_000_000_000,
  fundingGapDong: 0,
  keyTaskStts: [],
  ...patch,
});

export const institution = (code: string, assessmentState: Institution['assessmentState']): Institution => ({
  code,
  name: `Trường ${code}`,
  typeCode: 'CD',
  typeName: 'Trường cao đẳng',
  ownershipCode: 'CONG_LAP',
  governingBody: 'UBND tỉnh',
  commune: null,
  status: 'active',
  successorCode: null,
  teachers: 50,
  managers: 10,
  learners: 1000,
  assessmentState,
});

export function snapshot2025(): SubmissionSnapshot {
  const projects = [project({ code: 'DA-01' })];
  return {
    formatVersion: 1,
    year: 2025,
    generatedAt: '2026-02-05T09:00:00.000+07:00',
    appVersion: 'test',
    province: {
      name: 'Tỉnh Kiểm Thử',
      placeName: 'Kiểm Thử',
      superiorBody: 'UBND TỈNH KIỂM THỬ',
      owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      owningDepartmentCode: 'SGDĐT',
      recipientMinistry: 'Bộ Giáo dục và Đào tạo',
      recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'PHÓ GIÁM ĐỐC',
      signingAuthority: 'KT. GIÁM ĐỐC',
      documentCode: 'BC-SGDĐT',
      predecessors: [],
    },
    submission: {
      year: 2025,
      state: 'draft',
      documentNumber: '15',
      documentDate: '2026-02-05',
      subject: 'Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm 2025',
      recipients: ['Bộ Giáo dục và Đào tạo', 'Lưu: VT, GDNN'],
      approvedBy: null,
      approvedAt: null,
      sections: [{ key: 'situation', title: 'Tình hình', body: 'Nội dung.' }],
    },
    capitalSources: [
      { code: 'NSTW', nameVi: 'Ngân sách trung ương', isPublicInvestment: true },
      { code: 'NSDP', nameVi: 'Ngân sách địa phương', isPublicInvestment: true },
    ],
    institutionTypes: [{ code: 'CD', nameVi: 'Trường cao đẳng' }],
    institutions: [institution('CD1', 'approved'), institution('CD2', 'approved')],
    indicators: [],
    indicatorValues: [],
    targets: [target({ code: 'a1' })],
    projects,
    allocations: [{ projectCode: 'DA-01', year: 2025, sourceCode: 'NSDP', plannedDong: 1_500_000_000, adjustedDong: 1_234_500_000, disbursedDong: 1_000_000_000 }],
    milestones: [],
    awarenessActivities: [],
    totals: {
      institutionsActive: 2,
      institutionsAssessed: 2,
      institutionsApproved: 2,
      plannedThisYearDong: 1_234_500_000,
      disbursedThisYearDong: 1_000_000_000,
      fundingGapDong: 0,
      participants: 0,
    },
  };
}
