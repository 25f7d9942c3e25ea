import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { viewToCsv } from '../grid/csv-writer';
import type { ExportColumn, ExportKind } from '../grid/export-columns';

// The snapshot as flat tables for someone who opens the package in Excel or LibreOffice: one CSV per table, UTF-8
// with a byte-order mark, commas, plain numbers (đồng as integers, dot decimals), labels in Vietnamese, text never a
// formula (the shared CSV writer does all of that). data/submission.json stays the authoritative, machine-read copy.

type Row<K extends keyof SubmissionSnapshot> = SubmissionSnapshot[K] extends (infer R)[] ? R : never;
type Cell = string | number | null;

/** Column makers for one table's row type, so every column's reader is typed by it. */
function columnsOf<R>() {
  const column = (header: string, kind: ExportKind, value: (row: R) => Cell): ExportColumn<R> => ({ field: header, header, kind, value });
  return {
    text: (header: string, value: (row: R) => Cell) => column(header, 'text', value),
    num: (header: string, value: (row: R) => Cell) => column(header, 'decimal', value),
  };
}

const ASSESSMENT = { draft: 'Nháp', submitted: 'Đã gửi', approved: 'Đã duyệt' } as const;
const MILESTONE = { planned: 'Kế hoạch', on_track: 'Đúng tiến độ', at_risk: 'Có nguy cơ chậm', met: 'Đạt', missed: 'Không đạt' } as const;
const ACTIVITY = { conference: 'Hội nghị', workshop: 'Hội thảo', media: 'Truyền thông', training: 'Tập huấn' } as const;

export interface CsvTable {
  path: string;
  csv: string;
}

function institutions(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'institutions'>>();
  const columns = [
    text('Mã cơ sở', (r) => r.code),
    text('Tên cơ sở', (r) => r.name),
    text('Mã loại hình', (r) => r.typeCode),
    text('Loại hình', (r) => r.typeName),
    text('Hình thức sở hữu', (r) => r.ownershipCode),
    text('Cơ quan chủ quản', (r) => r.governingBody),
    text('Xã, phường', (r) => r.commune),
    text('Trạng thái', (r) => r.status),
    text('Mã cơ sở kế thừa', (r) => r.successorCode),
    num('Số nhà giáo', (r) => r.teachers),
    num('Số cán bộ quản lý', (r) => r.managers),
    num('Số người học', (r) => r.learners),
    text('Đánh giá năm', (r) => (r.assessmentState ? ASSESSMENT[r.assessmentState] : 'Chưa có')),
  ];
  return { path: 'data/co-so-gdnn.csv', csv: viewToCsv(columns, s.institutions) };
}

function indicatorValues(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'indicatorValues'>>();
  const institutionName = new Map(s.institutions.map((i) => [i.code, i.name]));
  const indicatorName = new Map(s.indicators.map((i) => [i.code, i.nameVi]));
  const columns = [
    text('Mã cơ sở', (r) => r.institutionCode),
    text('Tên cơ sở', (r) => institutionName.get(r.institutionCode) ?? null),
    text('Mã chỉ số', (r) => r.indicatorCode),
    text('Chỉ số', (r) => indicatorName.get(r.indicatorCode) ?? null),
    num('Giá trị', (r) => r.value),
    text('Ghi chú', (r) => r.comment),
  ];
  return { path: 'data/chi-so-co-so.csv', csv: viewToCsv(columns, s.indicatorValues) };
}

function targets(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'targets'>>();
  const columns = [
    text('Mã chỉ tiêu', (r) => r.code),
    text('Phạm vi', (r) => (r.scope === 'national' ? 'Quốc gia' : 'Tỉnh')),
    text('Loại', (r) => (r.kind === 'percent' ? 'Tỷ lệ (%)' : 'Mốc')),
    text('Nhóm', (r) => r.groupCode),
    text('Tên chỉ tiêu', (r) => r.nameVi),
    text('Chỉ tiêu quốc gia tương ứng', (r) => r.nationalTargetCode),
    num('Chỉ tiêu 2025 (%)', (r) => r.target2025),
    num('Chỉ tiêu 2030 (%)', (r) => r.target2030),
    num(`Chỉ tiêu năm ${s.year} (%)`, (r) => r.targetThisYear),
    num('Tử số', (r) => r.numerator),
    num('Mẫu số', (r) => r.denominator),
    num('Kết quả (%)', (r) => r.attainment),
    num('Số cơ sở có số liệu', (r) => r.institutionsCounted),
    num('Số cơ sở thuộc đối tượng', (r) => r.institutionsInSubject),
    text('Tình hình (chỉ tiêu mốc)', (r) => r.milestoneText),
  ];
  return { path: 'data/chi-tieu.csv', csv: viewToCsv(columns, s.targets) };
}

function projects(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'projects'>>();
  const columns = [
    text('Mã dự án', (r) => r.code),
    text('Tên dự án', (r) => r.name),
    text('Chủ đầu tư', (r) => r.investor),
    text('Địa điểm', (r) => r.location),
    text('Nhóm dự án', (r) => r.groupCode),
    text('Giai đoạn', (r) => r.stageName),
    num('Năm khởi công', (r) => r.startYear),
    num('Năm hoàn thành', (r) => r.endYear),
    text('Quyết định', (r) => r.decision),
    num('Tổng mức đầu tư (đồng)', (r) => r.totalInvestmentDong),
    ...s.capitalSources.map((source) => num(`Trong đó ${source.code} (đồng)`, (r) => r.fundingBySource[source.code] ?? 0)),
    num(`Lũy kế vốn đến hết năm ${s.year - 1} (đồng)`, (r) => r.allocatedBeforeYearDong),
    num('Kế hoạch trung hạn (đồng)', (r) => r.mediumTermDong),
    num(`Kế hoạch năm ${s.year} (đồng)`, (r) => r.plannedThisYearDong),
    num(`Giải ngân năm ${s.year} (đồng)`, (r) => r.disbursedThisYearDong),
    num('Còn thiếu vốn (đồng)', (r) => r.fundingGapDong),
    text('Nhiệm vụ trọng tâm', (r) => r.keyTaskStts.join('; ')),
  ];
  return { path: 'data/du-an.csv', csv: viewToCsv(columns, s.projects) };
}

function allocations(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'allocations'>>();
  const sourceName = new Map(s.capitalSources.map((c) => [c.code, c.nameVi]));
  const columns = [
    text('Mã dự án', (r) => r.projectCode),
    num('Năm', (r) => r.year),
    text('Mã nguồn vốn', (r) => r.sourceCode),
    text('Nguồn vốn', (r) => sourceName.get(r.sourceCode) ?? null),
    num('Kế hoạch giao (đồng)', (r) => r.plannedDong),
    num('Điều chỉnh (đồng)', (r) => r.adjustedDong),
    num('Giải ngân (đồng)', (r) => r.disbursedDong),
  ];
  return { path: 'data/phan-bo-von.csv', csv: viewToCsv(columns, s.allocations) };
}

function milestones(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'milestones'>>();
  const columns = [
    num('Năm', (r) => r.year),
    num('Quý', (r) => r.quarter),
    text('Mốc lộ trình', (r) => r.title),
    text('Đơn vị chủ trì', (r) => r.owner),
    text('Trạng thái', (r) => (r.status ? MILESTONE[r.status] : 'Chưa đánh giá')),
    text('Lý do', (r) => r.statusReason),
    text('Gắn với', (r) => r.linkedTo),
    text('Chuyển từ năm', (r) => r.rolledOverFrom.map((f) => `${f.year}: ${f.reason}`).join('; ')),
  ];
  return { path: 'data/lo-trinh.csv', csv: viewToCsv(columns, s.milestones) };
}

function activities(s: SubmissionSnapshot): CsvTable {
  const { text, num } = columnsOf<Row<'awarenessActivities'>>();
  const columns = [
    text('Ngày', (r) => r.heldOn),
    text('Hình thức', (r) => ACTIVITY[r.kind]),
    text('Nội dung', (r) => r.title),
    text('Đối tượng', (r) => r.audience),
    num('Số người tham dự', (r) => r.participants),
  ];
  return { path: 'data/hoat-dong-truyen-thong.csv', csv: viewToCsv(columns, s.awarenessActivities) };
}

/** Every flat table of the package, in a fixed order. */
export function csvTables(snapshot: SubmissionSnapshot): CsvTable[] {
  return [institutions, indicatorValues, targets, projects, allocations, milestones, activities].map((table) => table(snapshot));
}
