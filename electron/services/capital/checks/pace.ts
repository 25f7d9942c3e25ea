import type { Sqlite } from '../../../../db/client';
import { yearDisbursement } from '../../../../db/queries/capital-checks';
import type { CheckIssue } from '../../../api/schemas/capital';
import { formatDate, formatPercent } from '../../../api/text/format';
import { millions } from '../money';
import { issue } from './issue';

// DISBURSEMENT PACE. A year's allocated capital is expected to be paid out evenly over the year, judged by whole
// months: by the as-of date, (whole months of the year completed) ÷ 12 of it. On 20/05/2026, four months of 2026
// are complete, so 4/12 = 33,3 % of each project's 2026 allocation should be disbursed. Before the year starts
// nothing is expected; from 1 January of the next year, all of it. A project is behind when its disbursement
// (all sources of the year) falls below that expectation by more than 0,5 % of its allocation (payments are
// recorded in whole triệu: a rounding is not a delay); the shortfall is expected − disbursed. Once the legal
// deadline for the year's capital has passed (31 January of the next year) what is left is an error, not a pace.

export function monthsElapsed(year: number, asOf: string): number {
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < year) return 0;
  if (asOfYear > year) return 12;
  return Number(asOf.slice(5, 7)) - 1;
}

/** Shortfalls up to this share of the year's allocation are rounding, not delay. */
export const PACE_TOLERANCE = 0.005;

export const expectedShare = (year: number, asOf: string) => monthsElapsed(year, asOf) / 12;

/** Expected disbursement in whole đồng (rounded half up). */
export const expectedDisbursed = (allocatedDong: number, year: number, asOf: string) => Math.round((allocatedDong * monthsElapsed(year, asOf)) / 12);

export function paceIssues(sqlite: Sqlite, year: number, asOf: string): CheckIssue[] {
  const share = expectedShare(year, asOf);
  if (share === 0) return [];
  const deadlinePassed = asOf > `${year + 1}-01-31`;
  const issues: CheckIssue[] = [];
  for (const row of yearDisbursement(sqlite, year)) {
    const expected = expectedDisbursed(row.allocatedDong, year, asOf);
    if (expected - row.disbursedDong <= row.allocatedDong * PACE_TOLERANCE) continue;
    const rate = row.allocatedDong > 0 ? (row.disbursedDong / row.allocatedDong) * 100 : 0;
    issues.push(issue({
      kind: 'paceBehind',
      severity: deadlinePassed ? 'error' : 'warning',
      ...row,
      year,
      amountDong: row.disbursedDong,
      referenceDong: expected,
      message: deadlinePassed
        ? `Hết hạn giải ngân vốn năm ${year} (31/01/${year + 1}): còn ${millions(row.allocatedDong - row.disbursedDong)} chưa giải ngân (đạt ${formatPercent(rate)})`
        : `Giải ngân ${millions(row.disbursedDong)} (${formatPercent(rate)}), chậm so với tiến độ ${formatPercent(share * 100)} đến ${formatDate(asOf)}: thiếu ${millions(expected - row.disbursedDong)}`,
    }));
  }
  return issues;
}
