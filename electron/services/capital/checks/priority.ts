import type { Sqlite } from '../../../../db/client';
import { odaProjectIds, yearAllocations } from '../../../../db/queries/capital-checks';
import { gapDueBy, type GapRow } from '../../../../db/queries/funding-gap';
import type { CheckIssue } from '../../../api/schemas/capital';
import { millions } from '../money';
import { issue } from './issue';

// THE LEGAL PRIORITY ORDER of allocating public investment capital (Law on Public Investment; domain.md §5):
//   1 completed projects still short of capital · 2 counterpart funds of ODA projects · 3 state capital in PPP
//   projects · 4 ongoing projects on their approved schedule · 5 projects due to finish · 6 new starts.
// For the plan year Y each project falls in the first class that fits: stage COMPLETED or SETTLED → 1; ODA in its
// total investment → 2; (3: the file records no PPP projects, so none); started before Y and finishing after Y →
// 4; started before Y and finishing in Y or overdue → 5; starting in Y or later, or not yet decided → 6.
//
// A project BREAKS the order when it receives capital of a source in Y while a project of a higher class (smaller
// number) still has a funding gap of that source due by Y (the gap of years ≤ Y, db/queries/funding-gap.ts): that
// money should have gone to the higher class first. Only the budgets the province itself divides compete: NSTW
// and NSĐP. ODA is tied to its loan agreement, SN is a unit's own revenue, XHH and other sources are outside
// public investment.

export const COMPETING_SOURCES = ['NSTW', 'NSDP'] as const;

export const PRIORITY_NAMES: Record<number, string> = {
  1: 'dự án hoàn thành còn thiếu vốn',
  2: 'vốn đối ứng dự án ODA',
  3: 'vốn nhà nước tham gia dự án PPP',
  4: 'dự án chuyển tiếp',
  5: 'dự án dự kiến hoàn thành',
  6: 'dự án khởi công mới',
};

export interface Classifiable {
  projectId: number;
  stageCode: string;
  startYear: number;
  endYear: number;
}

export function priorityClass(project: Classifiable, year: number, oda: ReadonlySet<number>): number {
  if (project.stageCode === 'COMPLETED' || project.stageCode === 'SETTLED') return 1;
  if (oda.has(project.projectId)) return 2;
  if (project.startYear >= year || project.stageCode === 'PROPOSED' || project.stageCode === 'POLICY_APPROVED') return 6;
  if (project.endYear <= year) return 5;
  return 4;
}

export function priorityIssues(sqlite: Sqlite, year: number, gaps: readonly GapRow[]): CheckIssue[] {
  const oda = odaProjectIds(sqlite);
  const competing = new Set<string>(COMPETING_SOURCES);
  // source → class → projects with a gap due by Y
  const short = new Map<string, Map<number, { code: string; due: number; projectId: number }[]>>();
  for (const gap of gaps) {
    if (!competing.has(gap.sourceCode)) continue;
    const due = gapDueBy(gap, year);
    if (due <= 0) continue;
    const cls = priorityClass(gap, year, oda);
    const byClass = short.get(gap.sourceCode) ?? new Map();
    short.set(gap.sourceCode, byClass);
    byClass.set(cls, [...(byClass.get(cls) ?? []), { code: gap.projectCode, due, projectId: gap.projectId }]);
  }
  const issues: CheckIssue[] = [];
  for (const row of yearAllocations(sqlite, year)) {
    if (!competing.has(row.sourceCode)) continue;
    const cls = priorityClass(row, year, oda);
    const blockers = [...(short.get(row.sourceCode) ?? new Map()).entries()]
      .filter(([other]) => other < cls)
      .sort(([a], [b]) => a - b)
      .flatMap(([, list]) => list)
      .filter((b) => b.projectId !== row.projectId);
    if (blockers.length === 0) continue;
    const due = blockers.reduce((n, b) => n + b.due, 0);
    const named = blockers.slice(0, 5).map((b) => b.code);
    issues.push(issue({
      kind: 'priority',
      severity: 'warning',
      ...row,
      year,
      amountDong: row.allocatedDong,
      referenceDong: due,
      related: blockers.map((b) => b.code),
      message:
        `Nhận ${millions(row.allocatedDong)} vốn ${row.sourceCode} năm ${year} (nhóm ưu tiên ${cls}: ${PRIORITY_NAMES[cls]}) ` +
        `trong khi ${blockers.length} dự án ưu tiên cao hơn còn thiếu ${millions(due)}: ${named.join(', ')}${blockers.length > 5 ? '…' : ''}`,
    }));
  }
  return issues;
}
