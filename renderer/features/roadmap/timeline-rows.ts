import type { Timeline, TimelineMilestone, TimelineProject } from '../../../electron/api/schemas/roadmap';

// The timeline's rows, top to bottom: milestones not drawn on a project bar (general ones first, then by target, key
// task, and project not drawn), then one row per drawn project with its own milestones on it. Pure, so the layout is
// tested without a browser.

export type TimelineRow =
  | { kind: 'milestones'; key: string; group: 'general' | 'target' | 'keyTask' | 'project'; code: string | null }
  | { kind: 'project'; key: string; project: TimelineProject };

export interface PlacedMilestone {
  milestone: TimelineMilestone;
  row: number;
  /** Position on the year axis: the middle of its quarter, or the middle of the year when it has none. */
  x: number;
}

export interface TimelineLayout {
  rows: TimelineRow[];
  milestones: PlacedMilestone[];
  minYear: number;
  maxYear: number;
}

const GROUP_ORDER = { general: 0, target: 1, keyTask: 2, project: 3 } as const;

export const milestoneX = (year: number, quarter: number | null) => year + (quarter ? (quarter - 0.5) / 4 : 0.5);

export function layoutTimeline(data: Timeline): TimelineLayout {
  const drawn = new Set(data.projects.map((p) => p.id));
  const groups = new Map<string, TimelineRow & { kind: 'milestones' }>();
  const rowKeyOf = (m: TimelineMilestone): string => {
    if (m.projectId !== null && drawn.has(m.projectId)) return `project:${m.projectId}`;
    const group = m.linkKind ?? 'general';
    const key = group === 'general' ? 'general' : `${group}:${m.linkCode}`;
    if (!groups.has(key)) groups.set(key, { kind: 'milestones', key, group, code: group === 'general' ? null : m.linkCode });
    return key;
  };
  const keyed = data.milestones.map((m) => ({ m, key: rowKeyOf(m) }));
  const milestoneRows = [...groups.values()].sort(
    (a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || (a.code ?? '').localeCompare(b.code ?? '', 'vi', { numeric: true }),
  );
  const rows: TimelineRow[] = [...milestoneRows, ...data.projects.map((project): TimelineRow => ({ kind: 'project', key: `project:${project.id}`, project }))];
  const index = new Map(rows.map((row, i) => [row.key, i]));
  const milestones = keyed.map(({ m, key }) => ({ milestone: m, row: index.get(key)!, x: milestoneX(m.year, m.quarter) }));
  const years = [...data.projects.flatMap((p) => [p.startYear, p.endYear]), ...data.milestones.map((m) => m.year), Number(data.asOf.slice(0, 4))];
  return { rows, milestones, minYear: Math.min(...years), maxYear: Math.max(...years) };
}

/** Where today falls on the year axis: 30/11/2026 → 2026 + 333/365. */
export function todayX(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const day = (Date.UTC(year, Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10))) - start) / 86_400_000;
  return year + day / days;
}
