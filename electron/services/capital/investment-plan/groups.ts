import type { PlanTableRow } from '../../../../db/queries/capital-plan-table';

// The four groups of an investment-plan table for year Y, in the order plan tables print them:
//   I   completed — completed and handed over (COMPLETED, SETTLED), listed while they still hold capital in Y or
//       have a funding gap (db/queries/funding-gap.ts) left to close;
//   II  ongoing — decided projects started before Y (INVESTMENT_DECISION, IMPLEMENTING; a SUSPENDED one only when
//       it holds capital in Y);
//   III new starts — decided projects starting in Y;
//   IV  preparation — proposed or policy-approved projects, and decided ones starting after Y.
// Cancelled projects are left out; a cancelled project still holding capital in Y is an error the checks list.

export type PlanGroupKey = 'completed' | 'ongoing' | 'newStarts' | 'preparation';

export const PLAN_GROUPS: { key: PlanGroupKey; numeral: string; title: (year: number) => string }[] = [
  { key: 'completed', numeral: 'I', title: () => 'Dự án hoàn thành, bàn giao đưa vào sử dụng' },
  { key: 'ongoing', numeral: 'II', title: (year) => `Dự án chuyển tiếp sang năm ${year}` },
  { key: 'newStarts', numeral: 'III', title: (year) => `Dự án khởi công mới năm ${year}` },
  { key: 'preparation', numeral: 'IV', title: () => 'Dự án chuẩn bị đầu tư' },
];

const DECIDED = new Set(['INVESTMENT_DECISION', 'IMPLEMENTING']);

export function planGroupOf(row: PlanTableRow, year: number, hasGap: boolean): PlanGroupKey | null {
  if (row.stageCode === 'CANCELLED') return null;
  if (row.stageCode === 'COMPLETED' || row.stageCode === 'SETTLED') return row.planYearDong > 0 || hasGap ? 'completed' : null;
  if (row.stageCode === 'SUSPENDED') return row.planYearDong > 0 ? 'ongoing' : null;
  if (DECIDED.has(row.stageCode)) {
    if (row.startYear < year) return 'ongoing';
    if (row.startYear === year) return 'newStarts';
    return 'preparation';
  }
  return 'preparation';
}

export function groupRows(rows: readonly PlanTableRow[], year: number, withGap: ReadonlySet<number>): Map<PlanGroupKey, PlanTableRow[]> {
  const groups = new Map<PlanGroupKey, PlanTableRow[]>(PLAN_GROUPS.map((g) => [g.key, []]));
  for (const row of rows) {
    const key = planGroupOf(row, year, withGap.has(row.projectId));
    if (key) groups.get(key)!.push(row);
  }
  return groups;
}
