import type { Sqlite } from '../../../db/client';
import { timelineProjects } from '../../../db/queries/roadmap-timeline';
import type { Timeline, TimelineInput } from '../../api/schemas/roadmap';
import { foldVietnamese } from '../../api/text/vietnamese';
import { milestoneRows } from './milestones';

// What the roadmap timeline draws: project bars (filtered and capped, so 5,000 projects never become 5,000 bars) and
// every milestone with its derived status. The chart places each milestone on its project's row when the project is
// drawn, else on a row of its target or task.

export function timelineOf(sqlite: Sqlite, input: TimelineInput, asOf: string): Timeline {
  const search = input.search?.trim() ? foldVietnamese(input.search.trim()) : null;
  const projects = timelineProjects(sqlite, {
    linkedOnly: input.scope === 'linked',
    taskGroupCodes: input.taskGroupCodes ?? [],
    stageCodes: input.stageCodes ?? [],
    search,
    limit: input.limit ?? 200,
  });
  const milestones = milestoneRows(sqlite, asOf).map((m) => ({
    id: m.id,
    title: m.title,
    year: m.year,
    quarter: m.quarter,
    linkKind: m.linkKind,
    projectId: m.projectId,
    linkCode: m.link ? m.link.slice(m.link.indexOf(':') + 1) : null,
    linkLabel: m.linkLabel,
    derivedStatus: m.derivedStatus,
    derivedReason: m.derivedReason,
  }));
  return { asOf, projects: projects.rows, projectsMatching: projects.matching, projectsInFile: projects.inFile, milestones };
}
