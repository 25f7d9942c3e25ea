import type { Sqlite } from '../client';

// THE FUNDING GAP — the part of an approved project's need that no planned allocation covers.
//
// For a project p and a capital source s:
//   need(p,s)  = p's share of s in its approved total investment (project_funding.amount_dong).
//   T(p,s)     = Σ over every year of the allocated capital, where allocated = adjusted_dong if the year's plan was
//                adjusted, else planned_dong. Future years count: a planned allocation is a covered need.
//   n          = end_year − start_year + 1, the project's years.
//   share(y)   = need spread evenly over its years in whole triệu đồng (the unit of plan tables): ⌊need / n⌋
//                rounded down to a million each year, the remainder in the last year.
//   gap(y)     = the part of share(y) left uncovered when T pays the shares in year order:
//                gap(y) = min(share(y), max(0, cumShare(y) − T)), with cumShare(y) = Σ share(start..y).
//   gap(p,s)   = Σ gap(y) = max(0, need − T).
//
// Why pooled and in year order: allocations rarely follow an even schedule (first years carry design and
// tendering and get less), so comparing year by year would flag fully funded projects. Pooling says "the money
// planned so far covers the schedule up to year y"; what is left falls in the project's last years, where the
// planner must still find it. A source's surplus never covers another source's gap: budgets are separate.
//
// Approved projects are those with an investment decision whose need still stands: stages INVESTMENT_DECISION,
// IMPLEMENTING, COMPLETED and SETTLED (a completed or settled project short of capital is the law's first
// priority). Proposed and policy-approved projects have no approved total yet; suspended and cancelled ones
// have no current need. Worked examples: tests/unit/funding-gap.test.ts and tests/integration/funding-gap.test.ts.

const MILLION = 1_000_000;

export const APPROVED_STAGES = ['INVESTMENT_DECISION', 'IMPLEMENTING', 'COMPLETED', 'SETTLED'] as const;

export interface GapInput {
  needDong: number;
  allocatedDong: number;
  startYear: number;
  endYear: number;
}

/** The gap of one project and source, per year of the project (years with no gap are left out). */
export function gapByYear(input: GapInput): { totalDong: number; byYear: Map<number, number> } {
  const byYear = new Map<number, number>();
  const years = input.endYear - input.startYear + 1;
  if (years <= 0 || input.needDong <= input.allocatedDong) return { totalDong: Math.max(0, input.needDong - input.allocatedDong), byYear };
  const even = Math.floor(input.needDong / years / MILLION) * MILLION;
  let cumulative = 0;
  for (let i = 0; i < years; i++) {
    const share = i === years - 1 ? input.needDong - even * (years - 1) : even;
    cumulative += share;
    const gap = Math.min(share, Math.max(0, cumulative - input.allocatedDong));
    if (gap > 0) byYear.set(input.startYear + i, gap);
  }
  return { totalDong: input.needDong - input.allocatedDong, byYear };
}

export interface GapRow {
  projectId: number;
  projectCode: string;
  projectName: string;
  stageCode: string;
  sourceId: number;
  sourceCode: string;
  startYear: number;
  endYear: number;
  needDong: number;
  allocatedDong: number;
  gapDong: number;
  byYear: Map<number, number>;
}

/**
 * Every approved project and funded source with its gap (zero gaps included when `all`), computed from two
 * aggregates in SQL: the need per source and the allocated total per project and source.
 */
export function fundingGaps(sqlite: Sqlite, options: { all?: boolean; projectIds?: number[] } = {}): GapRow[] {
  const stages = APPROVED_STAGES.map((s) => `'${s}'`).join(', ');
  // A few projects: one indexed sum per project and source. All of them: one pass over allocations in index order.
  const allocated = options.projectIds
    ? `coalesce((SELECT sum(coalesce(a.adjusted_dong, a.planned_dong)) FROM allocations a
         WHERE a.project_id = f.project_id AND a.source_id = f.source_id), 0)`
    : 'coalesce(al.amount, 0)';
  const join = options.projectIds
    ? 'AND p.id IN (SELECT value FROM json_each(@ids))'
    : '';
  const grouped = options.projectIds
    ? ''
    : `LEFT JOIN (SELECT project_id, source_id, sum(coalesce(adjusted_dong, planned_dong)) AS amount FROM allocations
         GROUP BY project_id, source_id) al ON al.project_id = f.project_id AND al.source_id = f.source_id`;
  const rows = sqlite
    .prepare(
      `SELECT p.id AS projectId, p.code AS projectCode, p.name AS projectName, st.code AS stageCode, s.id AS sourceId,
         s.code AS sourceCode, p.start_year AS startYear, p.end_year AS endYear, f.amount_dong AS needDong,
         ${allocated} AS allocatedDong
       FROM project_funding f
       JOIN projects p ON p.id = f.project_id
       JOIN lifecycle_stages st ON st.id = p.stage_id
       JOIN capital_sources s ON s.id = f.source_id
       ${grouped}
       WHERE st.code IN (${stages}) ${join}
       ORDER BY p.code, s.sort_order`,
    )
    .all({ ids: JSON.stringify(options.projectIds ?? []) }) as Omit<GapRow, 'gapDong' | 'byYear'>[];
  const out: GapRow[] = [];
  for (const row of rows) {
    const { totalDong, byYear } = gapByYear(row);
    if (totalDong > 0 || options.all) out.push({ ...row, gapDong: totalDong, byYear });
  }
  return out;
}

/** Gap per year and source over all approved projects, optionally within a year range. */
export function gapByYearAndSource(gaps: readonly GapRow[], range?: { fromYear?: number; toYear?: number }) {
  const cells = new Map<string, { year: number; sourceCode: string; gapDong: number }>();
  for (const gap of gaps) {
    for (const [year, amount] of gap.byYear) {
      if ((range?.fromYear !== undefined && year < range.fromYear) || (range?.toYear !== undefined && year > range.toYear)) continue;
      const key = `${year}|${gap.sourceCode}`;
      const cell = cells.get(key) ?? { year, sourceCode: gap.sourceCode, gapDong: 0 };
      cell.gapDong += amount;
      cells.set(key, cell);
    }
  }
  return [...cells.values()].sort((a, b) => a.year - b.year || a.sourceCode.localeCompare(b.sourceCode));
}

/** Gap of year ≤ `year` for one project and source: the need due by then and not covered. */
export function gapDueBy(gap: GapRow, year: number): number {
  let due = 0;
  for (const [y, amount] of gap.byYear) if (y <= year) due += amount;
  return due;
}
