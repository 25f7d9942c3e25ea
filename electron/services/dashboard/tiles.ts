import type { GapRow } from '../../../db/queries/funding-gap';
import type { DashboardSummary, Trajectory } from '../../api/schemas/dashboard';
import type { DerivedStatus } from '../../api/schemas/roadmap';
import { goalOf } from './trajectories';

// The tiles' figures, as pure functions of what the services computed, so each can be checked by hand.

/** How many targets reach the year's value, and how many are projected to reach their 2030 value. */
export function attainmentTile(trajectories: readonly Trajectory[], year: number): DashboardSummary['attainment'] {
  let withTarget = 0;
  let met = 0;
  for (const t of trajectories) {
    const point = t.points.find((p) => p.year === year);
    const goal = point ? goalOf(point) : null;
    if (!point || point.actual === null || goal === null) continue;
    withTarget += 1;
    if (point.actual >= goal) met += 1;
  }
  const judged = trajectories.filter((t) => t.flag !== null);
  return { measured: trajectories.length, withTarget, met, with2030: judged.length, onTrack2030: judged.filter((t) => !t.flag!.misses).length };
}

/** Counts of the year's returns: institutions of the year, those with figures, those with gaps, by state. */
export function completenessTile(
  institutions: number,
  entries: { reported: number; withGaps: number },
  states: Record<'draft' | 'submitted' | 'approved', number>,
): DashboardSummary['completeness'] {
  const withState = states.draft + states.submitted + states.approved;
  return { institutions, reported: entries.reported, withGaps: entries.withGaps, byState: { none: institutions - withState, ...states } };
}

/**
 * Need, the part allocations cover and the gap, over approved projects (db/queries/funding-gap.ts). Covered is
 * need − gap, so a project's surplus on one source never hides another source's shortfall.
 */
export function capitalTile(gaps: readonly Pick<GapRow, 'needDong' | 'gapDong' | 'byYear'>[]): DashboardSummary['capital'] {
  let needDong = 0;
  let gapDong = 0;
  const years = new Set<number>();
  for (const g of gaps) {
    needDong += g.needDong;
    gapDong += g.gapDong;
    for (const [year, amount] of g.byYear) if (amount > 0) years.add(year);
  }
  return { needDong, coveredDong: needDong - gapDong, gapDong, gapYears: [...years].sort((a, b) => a - b) };
}

/** Disbursed ÷ allocated (adjusted where adjusted) of the year, all sources. */
export function disbursementTile(cells: readonly { year: number; allocatedDong: number; disbursedDong: number }[], year: number): DashboardSummary['disbursement'] {
  let allocatedDong = 0;
  let disbursedDong = 0;
  for (const c of cells) {
    if (c.year !== year) continue;
    allocatedDong += c.allocatedDong;
    disbursedDong += c.disbursedDong;
  }
  return { allocatedDong, disbursedDong, percent: allocatedDong > 0 ? Math.round((disbursedDong / allocatedDong) * 10000) / 100 : null };
}

export function milestoneTile(statuses: Iterable<DerivedStatus>): DashboardSummary['milestones'] {
  const tile = { total: 0, atRisk: 0, missed: 0, onTrack: 0, met: 0, unjudged: 0 };
  for (const s of statuses) {
    tile.total += 1;
    if (s.status === 'at_risk') tile.atRisk += 1;
    else if (s.status === 'missed') tile.missed += 1;
    else if (s.status === 'on_track') tile.onTrack += 1;
    else if (s.status === 'met') tile.met += 1;
    else tile.unjudged += 1;
  }
  return tile;
}

/** Gap per year over the years shown, zero where nothing is missing. */
export function gapByYear(gaps: readonly Pick<GapRow, 'byYear'>[], years: readonly number[]): { year: number; gapDong: number }[] {
  const totals = new Map<number, number>(years.map((y) => [y, 0]));
  for (const g of gaps) for (const [year, amount] of g.byYear) if (totals.has(year)) totals.set(year, totals.get(year)! + amount);
  return years.map((year) => ({ year, gapDong: totals.get(year)! }));
}
