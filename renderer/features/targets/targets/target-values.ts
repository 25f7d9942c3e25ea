import type { TargetDetail } from '../../../../electron/api/schemas/assessment';
import { formatPercent } from '../../../../electron/api/text/format';

type TargetRow = Pick<TargetDetail, 'values'>;

/** The Decision's own years; they stay as columns even when no target has a value there. */
export const DECISION_YEARS = [2023, 2025, 2030] as const;

const isDecisionYear = (year: number) => (DECISION_YEARS as readonly number[]).includes(year);

/** A target's value in one year as text: a percentage, or a milestone word translated through `milestone`. */
export function targetValueText(target: TargetRow, year: number, milestone: (code: string) => string): string {
  const value = target.values.find((v) => v.year === year);
  if (!value) return '';
  if (value.percent !== null) return formatPercent(value.percent, 1);
  return value.milestone ? milestone(value.milestone) : '';
}

/**
 * The values of the years between and beyond the Decision's milestones (a province's trajectory), as one line:
 * "2026: 78% · 2027: 85%", each year kept on one line with its value.
 */
export function trajectoryText(target: TargetRow, milestone: (code: string) => string): string {
  return target.values
    .filter((value) => !isDecisionYear(value.year))
    .sort((a, b) => a.year - b.year)
    .map((value) => `${value.year}:\u00a0${targetValueText(target, value.year, milestone)}`)
    .join(' · ');
}

/** Targets in their groups, in the reference list's group order; codes no group knows go last. */
export function groupTargets<T extends { groupCode: string }, G extends { code: string }>(targets: readonly T[], groups: readonly G[]) {
  const known = new Set(groups.map((g) => g.code));
  const sections = groups
    .map((group) => ({ code: group.code, group: group as G | null, targets: targets.filter((t) => t.groupCode === group.code) }))
    .filter((section) => section.targets.length > 0);
  const orphans = targets.filter((t) => !known.has(t.groupCode));
  if (orphans.length > 0) sections.push({ code: '', group: null, targets: orphans });
  return sections;
}

/** "confirmed", "confirmed (100% by 2023)" → confirmed; any other note means some value still needs checking. */
export function isConfirmed(confidence: string | null): boolean | null {
  if (confidence === null || confidence.trim() === '') return null;
  return /^confirmed\b/i.test(confidence.trim());
}
