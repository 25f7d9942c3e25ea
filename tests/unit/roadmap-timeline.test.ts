import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../electron/api/schemas/roadmap';
import { layoutTimeline, milestoneX, todayX } from '../../renderer/features/roadmap/timeline-rows';

const project = (id: number, code: string, startYear: number, endYear: number) => ({
  id,
  code,
  name: `Dự án ${code}`,
  stageCode: 'IMPLEMENTING',
  stageNameVi: 'Đang thực hiện',
  startYear,
  endYear,
  taskGroupCode: 'II.1',
});
const milestone = (id: number, year: number, quarter: number | null, link: { kind: 'target' | 'keyTask' | 'project'; code: string; projectId?: number } | null) => ({
  id,
  title: `Mốc ${id}`,
  year,
  quarter,
  linkKind: link?.kind ?? null,
  projectId: link?.projectId ?? null,
  linkCode: link?.code ?? null,
  linkLabel: null,
  derivedStatus: null,
  derivedReason: 'Chưa có trạng thái',
});

describe('the timeline layout', () => {
  it('puts milestones on their drawn project, else on a row of their target, task or project, general ones first', () => {
    const data: Timeline = {
      asOf: '2026-11-30',
      projectsMatching: 2,
      projectsInFile: 3,
      projects: [project(1, 'DA-1', 2024, 2027), project(2, 'DA-2', 2026, 2029)],
      milestones: [
        milestone(10, 2027, 2, { kind: 'project', code: 'DA-1', projectId: 1 }),
        milestone(11, 2025, 4, { kind: 'target', code: 'b1' }),
        milestone(12, 2026, null, null),
        milestone(13, 2028, 1, { kind: 'project', code: 'DA-3', projectId: 3 }), // DA-3 is not drawn
        milestone(14, 2030, 4, { kind: 'target', code: 'a1' }),
        milestone(15, 2022, 3, { kind: 'keyTask', code: '10' }),
        milestone(16, 2023, 1, { kind: 'keyTask', code: '9' }),
      ],
    };
    const layout = layoutTimeline(data);
    expect(layout.rows.map((r) => r.key)).toEqual(['general', 'target:a1', 'target:b1', 'keyTask:9', 'keyTask:10', 'project:DA-3', 'project:1', 'project:2']);
    const rowOf = (id: number) => layout.rows[layout.milestones.find((m) => m.milestone.id === id)!.row]!.key;
    expect(rowOf(10)).toBe('project:1');
    expect(rowOf(13)).toBe('project:DA-3');
    expect(rowOf(12)).toBe('general');
    expect([layout.minYear, layout.maxYear]).toEqual([2022, 2030]);
  });

  it('places a milestone in the middle of its quarter, or of its year without one; today by the day of the year', () => {
    expect(milestoneX(2026, 4)).toBe(2026.875);
    expect(milestoneX(2026, 1)).toBe(2026.125);
    expect(milestoneX(2027, null)).toBe(2027.5);
    // 30/11/2026 is day 333 after 1 January (0-based) of a 365-day year.
    expect(todayX('2026-11-30')).toBeCloseTo(2026 + 333 / 365, 10);
    expect(todayX('2028-01-01')).toBe(2028);
  });
});
