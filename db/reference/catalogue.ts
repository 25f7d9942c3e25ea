// Reference data shipped in the app and loaded into every new data file. Sources: shared reference
// (domain.md, decision-2222-targets.json). All of it stays editable in the file: nothing here is frozen truth.

export const institutionTypes = [
  { code: 'CD', nameVi: 'Trường cao đẳng', nameEn: 'College', validFrom: null },
  { code: 'TC', nameVi: 'Trường trung cấp', nameEn: 'Intermediate school', validFrom: null },
  { code: 'THN', nameVi: 'Trường trung học nghề', nameEn: 'Vocational upper-secondary school', validFrom: '2026-01-01' },
  { code: 'TTGDNN', nameVi: 'Trung tâm giáo dục nghề nghiệp', nameEn: 'VET centre', validFrom: null },
  { code: 'TTGDNN_GDTX', nameVi: 'Trung tâm GDNN - GDTX', nameEn: 'VET and continuing-education centre', validFrom: null },
  { code: 'KHAC', nameVi: 'Cơ sở khác có đăng ký hoạt động GDNN', nameEn: 'Other body registered for VET', validFrom: null },
] as const;

export const ownershipKinds = [
  { code: 'CONG_LAP', nameVi: 'Công lập', nameEn: 'Public' },
  { code: 'TU_THUC', nameVi: 'Tư thục', nameEn: 'Private' },
  { code: 'FDI', nameVi: 'Có vốn đầu tư nước ngoài', nameEn: 'Foreign-invested' },
] as const;

export const capitalSources = [
  { code: 'NSTW', nameVi: 'Ngân sách trung ương', nameEn: 'Central budget', isPublicInvestment: true },
  { code: 'NSDP', nameVi: 'Ngân sách địa phương', nameEn: 'Local budget', isPublicInvestment: true },
  { code: 'ODA', nameVi: 'Vốn ODA và vay ưu đãi', nameEn: 'ODA and concessional loans', isPublicInvestment: true },
  { code: 'SN', nameVi: 'Nguồn thu hợp pháp của đơn vị sự nghiệp', nameEn: 'Public service units’ lawful revenue', isPublicInvestment: true },
  { code: 'XHH', nameVi: 'Xã hội hóa', nameEn: 'Socialised contributions', isPublicInvestment: false },
  { code: 'KHAC', nameVi: 'Nguồn khác', nameEn: 'Other', isPublicInvestment: false },
] as const;

export const lifecycleStages = [
  { code: 'PROPOSED', nameVi: 'Đề xuất', nameEn: 'Proposed', isOffPath: false },
  { code: 'POLICY_APPROVED', nameVi: 'Phê duyệt chủ trương đầu tư', nameEn: 'Investment policy approved', isOffPath: false },
  { code: 'INVESTMENT_DECISION', nameVi: 'Quyết định đầu tư', nameEn: 'Investment decision', isOffPath: false },
  { code: 'IMPLEMENTING', nameVi: 'Đang thực hiện', nameEn: 'In implementation', isOffPath: false },
  { code: 'COMPLETED', nameVi: 'Hoàn thành, bàn giao', nameEn: 'Completed and handed over', isOffPath: false },
  { code: 'SETTLED', nameVi: 'Quyết toán', nameEn: 'Final settlement', isOffPath: false },
  { code: 'SUSPENDED', nameVi: 'Tạm dừng', nameEn: 'Suspended', isOffPath: true },
  { code: 'CANCELLED', nameVi: 'Hủy bỏ', nameEn: 'Cancelled', isOffPath: true },
] as const;

export const investmentLaws = [
  { code: 'LDTC_2019', nameVi: 'Luật Đầu tư công 2019', nameEn: 'Law on Public Investment 2019', effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31' },
  { code: 'LDTC_2024', nameVi: 'Luật Đầu tư công 2024', nameEn: 'Law on Public Investment 2024', effectiveFrom: '2025-01-01', effectiveTo: null },
] as const;

const BILLION = 1_000_000_000;

/** Education / IT band. 2024 law confirmed; 2019 law believed A ≥ 800, B 45–800, C < 45 billion (unconfirmed). */
export const projectGroupThresholds = [
  { lawCode: 'LDTC_2024', groupCode: 'A', minDong: 1600 * BILLION, maxDong: null, confirmed: true },
  { lawCode: 'LDTC_2024', groupCode: 'B', minDong: 90 * BILLION, maxDong: 1600 * BILLION, confirmed: true },
  { lawCode: 'LDTC_2024', groupCode: 'C', minDong: null, maxDong: 90 * BILLION, confirmed: true },
  { lawCode: 'LDTC_2019', groupCode: 'A', minDong: 800 * BILLION, maxDong: null, confirmed: false },
  { lawCode: 'LDTC_2019', groupCode: 'B', minDong: 45 * BILLION, maxDong: 800 * BILLION, confirmed: false },
  { lawCode: 'LDTC_2019', groupCode: 'C', minDong: null, maxDong: 45 * BILLION, confirmed: false },
] as const;

export const planPeriods = [
  { code: '2021-2025', startYear: 2021, endYear: 2025 },
  { code: '2026-2030', startYear: 2026, endYear: 2030 },
] as const;

/** Raw figures institutions report each year; targets compute attainment from their sums. */
export const indicators = [
  { code: 'teachers_total', nameVi: 'Tổng số nhà giáo', nameEn: 'Teachers', unit: 'count' },
  { code: 'managers_total', nameVi: 'Tổng số cán bộ quản lý', nameEn: 'Managers', unit: 'count' },
  { code: 'staff_trained_digital', nameVi: 'Nhà giáo, CBQL được bồi dưỡng năng lực số', nameEn: 'Teachers and managers trained in digital competence', unit: 'count' },
  { code: 'teachers_trained_materials', nameVi: 'Nhà giáo được bồi dưỡng phát triển học liệu số', nameEn: 'Teachers trained to develop digital materials', unit: 'count' },
  { code: 'programmes_total', nameVi: 'Tổng số chương trình đào tạo', nameEn: 'Training programmes', unit: 'count' },
  { code: 'programmes_digital_outcomes', nameVi: 'Chương trình có chuẩn đầu ra tích hợp năng lực số', nameEn: 'Programmes whose outcomes integrate digital competence', unit: 'count' },
  { code: 'it_programmes_total', nameVi: 'Chương trình chuyên ngành CNTT, công nghệ số', nameEn: 'IT / digital-technology programmes', unit: 'count' },
  { code: 'it_programmes_updated', nameVi: 'Chương trình CNTT được cập nhật công nghệ mới', nameEn: 'IT programmes updated for new technology', unit: 'count' },
  { code: 'connected_national_platform', nameVi: 'Kết nối, sử dụng nền tảng số GDNN quốc gia', nameEn: 'Connected to the national VET platform', unit: 'yesno' },
  { code: 'learning_records_digitised', nameVi: 'Số hóa quá trình, kết quả học tập, văn bằng', nameEn: 'Learning records and diplomas digitised', unit: 'yesno' },
] as const;

/**
 * How each national target is measured from indicators. Denominators with '+' add indicators; a yes/no numerator
 * with no denominator counts the institutions of the target's subject that answered.
 */
export const targetFormulas: Record<string, { numerator: string; denominator: string | null }> = {
  a1: { numerator: 'staff_trained_digital', denominator: 'teachers_total+managers_total' },
  a2: { numerator: 'teachers_trained_materials', denominator: 'teachers_total' },
  b1: { numerator: 'programmes_digital_outcomes', denominator: 'programmes_total' },
  b2: { numerator: 'it_programmes_updated', denominator: 'it_programmes_total' },
  c2: { numerator: 'connected_national_platform', denominator: null },
  d2: { numerator: 'learning_records_digitised', denominator: null },
};

export const DEFAULT_RECIPIENT = {
  // From 01/03/2025 (Decree 37/2025/NĐ-CP): MOET and its Cục GDNN-GDTX receive the annual submission.
  ministry: 'Bộ Giáo dục và Đào tạo',
  department: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
} as const;

export const FORMER_RECIPIENT = {
  // For reports about 2022–2024.
  ministry: 'Bộ Lao động - Thương binh và Xã hội',
  department: 'Tổng cục Giáo dục nghề nghiệp',
} as const;
