import type { SubmissionSnapshot } from '../../../api/schemas/submission-snapshot';
import { formatMillions, formatNumber, formatPercent } from '../../../api/text/format';
import type { ReportTable } from './model-types';

// The two tables of the report body. The appendix workbook holds every figure; these are the summaries a reader
// of the report needs on the page: each target against its result, and the year's capital by source.

type Target = SubmissionSnapshot['targets'][number];

/** "Đạt" when the year's result reaches the year's target; the planner's own words for milestone targets. */
export function targetVerdict(target: Target): string {
  if (target.kind === 'milestone') return target.milestoneText?.trim() || 'Chưa có đánh giá';
  if (target.attainment === null) return 'Chưa có số liệu';
  if (target.targetThisYear === null) return 'Không đặt chỉ tiêu năm';
  return target.attainment >= target.targetThisYear ? 'Đạt' : 'Chưa đạt';
}

/** The target's name, marked as the province's own where its name does not say so already. */
export function targetName(target: Target): string {
  if (target.scope !== 'provincial' || /của tỉnh/i.test(target.nameVi)) return target.nameVi;
  return `${target.nameVi} (chỉ tiêu của tỉnh)`;
}

const countsOf = (target: Target) =>
  target.numerator === null || target.denominator === null ? '' : `${formatNumber(target.numerator, 0)}/${formatNumber(target.denominator, 0)}`;

/** National targets first, then the province's own, each in code order (a1, a2, b1…). */
export function orderedTargets(snapshot: SubmissionSnapshot): Target[] {
  const scope = (t: Target) => (t.scope === 'national' ? 0 : 1);
  return [...snapshot.targets].sort((a, b) => scope(a) - scope(b) || a.code.localeCompare(b.code, 'vi', { numeric: true }));
}

export function targetsTable(snapshot: SubmissionSnapshot, number: number): ReportTable {
  const year = snapshot.year;
  return {
    id: 'targets',
    caption: `Bảng ${number}. Kết quả thực hiện các chỉ tiêu năm ${year}`,
    unit: null,
    columns: [
      { header: 'Mã', align: 'center', width: 11 },
      { header: 'Chỉ tiêu', align: 'left', width: 35 },
      { header: `Chỉ tiêu năm ${year}`, align: 'center', width: 11 },
      { header: `Kết quả năm ${year}`, align: 'center', width: 11 },
      { header: 'Số đạt / tổng số', align: 'center', width: 16 },
      { header: 'Đánh giá', align: 'center', width: 16 },
    ],
    rows: orderedTargets(snapshot).map((target) => ({
      cells: [
        target.code,
        targetName(target),
        target.kind === 'milestone' ? 'Mốc' : formatPercent(target.targetThisYear),
        target.kind === 'milestone' ? '' : formatPercent(target.attainment),
        countsOf(target),
        targetVerdict(target),
      ],
    })),
  };
}

export interface SourceCapital {
  code: string;
  name: string;
  beforeDong: number;
  planDong: number;
  disbursedDong: number;
}

/**
 * Capital of the year by source: allocated up to the end of the previous year, the year's plan (as adjusted where
 * adjusted) and the year's disbursement. Sources with nothing at all are left out.
 */
export function capitalBySource(snapshot: SubmissionSnapshot): SourceCapital[] {
  // Socialised and other money is outside public investment: the table says so beside the source's name.
  const nameOf = (s: SubmissionSnapshot['capitalSources'][number]) => (s.isPublicInvestment ? s.nameVi : `${s.nameVi} (ngoài đầu tư công)`);
  const bySource = new Map(snapshot.capitalSources.map((s) => [s.code, { code: s.code, name: nameOf(s), beforeDong: 0, planDong: 0, disbursedDong: 0 }]));
  for (const row of snapshot.allocations) {
    let entry = bySource.get(row.sourceCode);
    if (!entry) {
      entry = { code: row.sourceCode, name: row.sourceCode, beforeDong: 0, planDong: 0, disbursedDong: 0 };
      bySource.set(row.sourceCode, entry);
    }
    const allocated = row.adjustedDong ?? row.plannedDong;
    if (row.year < snapshot.year) entry.beforeDong += allocated;
    if (row.year === snapshot.year) {
      entry.planDong += allocated;
      entry.disbursedDong += row.disbursedDong;
    }
  }
  return [...bySource.values()].filter((s) => s.beforeDong || s.planDong || s.disbursedDong);
}

const disbursementRate = (plan: number, disbursed: number) => (plan > 0 ? formatPercent((disbursed / plan) * 100) : '');

export function capitalTable(snapshot: SubmissionSnapshot, number: number): ReportTable {
  const year = snapshot.year;
  const sources = capitalBySource(snapshot);
  const total = sources.reduce(
    (sum, s) => ({ beforeDong: sum.beforeDong + s.beforeDong, planDong: sum.planDong + s.planDong, disbursedDong: sum.disbursedDong + s.disbursedDong }),
    { beforeDong: 0, planDong: 0, disbursedDong: 0 },
  );
  const line = (name: string, s: Omit<SourceCapital, 'code' | 'name'>) => [
    name,
    formatMillions(s.beforeDong),
    formatMillions(s.planDong),
    formatMillions(s.disbursedDong),
    disbursementRate(s.planDong, s.disbursedDong),
  ];
  return {
    id: 'capital',
    caption: `Bảng ${number}. Vốn bố trí và giải ngân năm ${year} theo nguồn vốn`,
    unit: 'Đơn vị: triệu đồng',
    columns: [
      { header: 'Nguồn vốn', align: 'left', width: 34 },
      { header: `Lũy kế vốn đã bố trí đến hết năm ${year - 1}`, align: 'right', width: 18 },
      { header: `Kế hoạch vốn năm ${year}`, align: 'right', width: 16 },
      { header: `Giải ngân năm ${year}`, align: 'right', width: 16 },
      { header: 'Tỷ lệ giải ngân', align: 'right', width: 12 },
    ],
    rows: [{ cells: line('Tổng số', total), emphasis: 'total' }, ...sources.map((s) => ({ cells: line(s.name, s) }))],
  };
}
