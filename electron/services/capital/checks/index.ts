import type { Sqlite } from '../../../../db/client';
import { fundingGaps } from '../../../../db/queries/funding-gap';
import type { CheckIssue } from '../../../api/schemas/capital';
import { millions } from '../money';
import { allocationIssues } from './allocation';
import { issue } from './issue';
import { expectedShare, paceIssues } from './pace';
import { priorityIssues } from './priority';

// Every capital check in one list: what the Checks tab shows and the matrix highlights.

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(sqlite: Sqlite, year: number, asOf: string) {
  const gaps = fundingGaps(sqlite);
  const gapIssues = gaps.map((gap) => {
    const years = [...gap.byYear.keys()].sort((a, b) => a - b);
    return issue({
      kind: 'fundingGap',
      severity: 'warning',
      ...gap,
      year: years[0] ?? null,
      amountDong: gap.gapDong,
      referenceDong: gap.needDong,
      message:
        `Thiếu ${millions(gap.gapDong)} vốn ${gap.sourceCode}: phần vốn ${millions(gap.needDong)}, đã bố trí ${millions(gap.allocatedDong)}` +
        (years.length ? ` (thiếu từ năm ${years[0]}${years.length > 1 ? ` đến ${years.at(-1)}` : ''})` : ''),
    });
  });
  const issues: CheckIssue[] = [...allocationIssues(sqlite), ...gapIssues, ...paceIssues(sqlite, year, asOf), ...priorityIssues(sqlite, year, gaps)];
  issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.projectCode.localeCompare(b.projectCode) || a.kind.localeCompare(b.kind));
  const counts: Record<string, number> = {};
  for (const i of issues) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  return { year, asOf, expectedPaceShare: expectedShare(year, asOf), issues, counts };
}
