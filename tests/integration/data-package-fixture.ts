import { SNAPSHOT_FORMAT_VERSION, type SubmissionSnapshot } from '../../electron/api/schemas/submission-snapshot';
import { inflateEntries } from '../../electron/services/import/zip-entries';
import { writeZip, zipStampOf } from '../../electron/services/data-package/zip-writer';

// Small snapshots with figures a test chooses, so consolidated sums can be worked out by hand, and helpers that take
// a package apart and put it back together with one thing changed (what a tamperer with an unzip tool would do).

export interface FixtureTarget {
  code: string;
  numerator: number | null;
  denominator: number | null;
  counted?: number;
  scope?: 'national' | 'provincial';
}

export interface FixtureProject {
  code: string;
  plannedThisYearDong: number;
  disbursedThisYearDong: number;
  fundingGapDong: number;
}

export interface FixtureAllocation {
  projectCode: string;
  year: number;
  sourceCode: string;
  plannedDong: number;
  adjustedDong?: number | null;
  disbursedDong: number;
}

export interface FixtureOptions {
  province: string;
  year: number;
  predecessors?: string[];
  /** Institutions by type code, e.g. { CD: 2, TC: 1 }; the first of each type has an approved assessment. */
  institutions?: Record<string, number>;
  targets?: FixtureTarget[];
  projects?: FixtureProject[];
  allocations?: FixtureAllocation[];
  participants?: number;
}

const TYPE_NAMES: Record<string, string> = { CD: 'Trường cao đẳng', TC: 'Trường trung cấp', TTGDNN: 'Trung tâm giáo dục nghề nghiệp' };
const TARGET_NAMES: Record<string, string> = {
  a1: 'Tỷ lệ nhà giáo, cán bộ quản lý được bồi dưỡng năng lực số',
  a2: 'Tỷ lệ nhà giáo được bồi dưỡng kỹ năng phát triển học liệu số',
  d2: 'Tỷ lệ cơ sở số hóa quá trình học tập',
};

export function fixtureSnapshot(options: FixtureOptions): SubmissionSnapshot {
  const { province, year } = options;
  const institutions = Object.entries(options.institutions ?? { CD: 1 }).flatMap(([typeCode, n]) =>
    Array.from({ length: n }, (_, i) => ({
      code: `${typeCode}-${String(i + 1).padStart(2, '0')}`,
      name: `${TYPE_NAMES[typeCode] ?? typeCode} số ${i + 1} ${province}`,
      typeCode,
      typeName: TYPE_NAMES[typeCode] ?? typeCode,
      ownershipCode: 'CONG_LAP',
      governingBody: `UBND ${province}`,
      commune: null,
      status: 'active',
      successorCode: null,
      teachers: 40 + i,
      managers: 5,
      learners: 1000 + i * 10,
      assessmentState: i === 0 ? ('approved' as const) : ('draft' as const),
    })),
  );
  const targets = (options.targets ?? [{ code: 'a1', numerator: 10, denominator: 20 }]).map((t) => ({
    code: t.code,
    scope: t.scope ?? ('national' as const),
    kind: 'percent' as const,
    groupCode: t.code.slice(0, 1),
    subject: 'teachers_and_managers',
    nameVi: TARGET_NAMES[t.code] ?? `Chỉ tiêu ${t.code}`,
    nameEn: `Target ${t.code}`,
    nationalTargetCode: null,
    target2025: 80,
    target2030: 100,
    targetThisYear: 80,
    numerator: t.numerator,
    denominator: t.denominator,
    attainment: t.numerator !== null && t.denominator ? Math.min(100, (t.numerator / t.denominator) * 100) : null,
    institutionsCounted: t.counted ?? institutions.length,
    institutionsInSubject: institutions.length,
    milestoneText: null,
    history: [],
  }));
  const projects = (options.projects ?? []).map((p) => ({
    code: p.code,
    name: `Dự án ${p.code}`,
    investor: `Sở Giáo dục và Đào tạo ${province}`,
    location: province,
    groupCode: 'C',
    stageCode: 'IMPLEMENTING',
    stageName: 'Đang thực hiện',
    startYear: year - 1,
    endYear: year + 1,
    decision: `12/QĐ-UBND ngày 05/02/${year - 1}`,
    totalInvestmentDong: p.plannedThisYearDong * 3,
    fundingBySource: { NSTW: p.plannedThisYearDong * 2, NSDP: p.plannedThisYearDong },
    allocatedBeforeYearDong: 0,
    mediumTermDong: p.plannedThisYearDong * 3,
    plannedThisYearDong: p.plannedThisYearDong,
    disbursedThisYearDong: p.disbursedThisYearDong,
    fundingGapDong: p.fundingGapDong,
    keyTaskStts: ['1'],
  }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    year,
    generatedAt: `${year + 1}-02-05T09:00:00.000+07:00`,
    appVersion: 'test',
    province: {
      name: province,
      placeName: province,
      superiorBody: `UBND tỉnh ${province}`,
      owningDepartment: 'Sở Giáo dục và Đào tạo',
      owningDepartmentCode: 'SGDĐT',
      recipientMinistry: 'Bộ Giáo dục và Đào tạo',
      recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Phó Giám đốc',
      signingAuthority: 'KT. GIÁM ĐỐC',
      documentCode: 'BC-SGDĐT',
      predecessors: (options.predecessors ?? []).map((name) => ({ name, mergedOn: '2025-07-01' })),
    },
    submission: {
      year,
      state: 'approved',
      documentNumber: '15',
      documentDate: `${year + 1}-02-05`,
      subject: `Báo cáo kết quả thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp năm ${year}`,
      recipients: ['Bộ Giáo dục và Đào tạo', 'Lưu: VT'],
      approvedBy: 'Nguyễn Văn A',
      approvedAt: `${year + 1}-02-04T15:00:00.000+07:00`,
      sections: [{ key: 'situation', title: 'Tình hình', body: '=SUM(A1) công thức giả trong văn bản, phải thành chữ' }],
    },
    capitalSources: [
      { code: 'NSTW', nameVi: 'Ngân sách trung ương', isPublicInvestment: true },
      { code: 'NSDP', nameVi: 'Ngân sách địa phương', isPublicInvestment: true },
    ],
    institutionTypes: Object.keys(options.institutions ?? { CD: 1 }).map((code) => ({ code, nameVi: TYPE_NAMES[code] ?? code })),
    institutions,
    indicators: [{ code: 'teachers_total', nameVi: 'Tổng số nhà giáo', nameEn: 'Teachers', unit: 'count' }],
    indicatorValues: institutions.map((i) => ({ institutionCode: i.code, indicatorCode: 'teachers_total', value: i.teachers, comment: null })),
    targets,
    projects,
    allocations: (options.allocations ?? []).map((a) => ({ ...a, adjustedDong: a.adjustedDong ?? null })),
    milestones: [{ title: 'Kết nối nền tảng số', year, quarter: 4, owner: 'Sở GDĐT', status: 'on_track', statusReason: null, linkedTo: 'Chỉ tiêu a1', rolledOverFrom: [] }],
    awarenessActivities: [{ heldOn: `${year}-03-15`, kind: 'conference', title: 'Hội nghị chuyển đổi số', audience: 'Cơ sở GDNN', participants: options.participants ?? 0 }],
    totals: {
      institutionsActive: institutions.length,
      institutionsAssessed: institutions.length,
      institutionsApproved: institutions.filter((i) => i.assessmentState === 'approved').length,
      plannedThisYearDong: sum(projects.map((p) => p.plannedThisYearDong)),
      disbursedThisYearDong: sum(projects.map((p) => p.disbursedThisYearDong)),
      fundingGapDong: sum(projects.map((p) => p.fundingGapDong)),
      participants: options.participants ?? 0,
    },
  };
}

/** The package's entries, inflated, in their zip order. */
export function unzipPackage(bytes: Buffer): Map<string, Buffer> {
  return inflateEntries(bytes, 'test.zip', () => true);
}

/** Takes a package apart, lets `edit` change its entries (manifest included), and zips them again. */
export function rezip(bytes: Buffer, edit: (entries: Map<string, Buffer>) => void): Buffer {
  const entries = unzipPackage(bytes);
  edit(entries);
  return writeZip([...entries].map(([name, data]) => ({ name, data })), zipStampOf('2026-01-01T00:00:00'));
}

/** Replaces the manifest with what `edit` makes of it (parsed JSON in, JSON out). */
export function editManifest(bytes: Buffer, edit: (manifest: Record<string, unknown>) => unknown): Buffer {
  return rezip(bytes, (entries) => {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
    entries.set('manifest.json', Buffer.from(JSON.stringify(edit(manifest))));
  });
}
