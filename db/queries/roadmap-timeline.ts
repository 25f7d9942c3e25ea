import type { Sqlite } from '../client';
import { foldedSearch, likeLiteral } from './view-clauses';

// Projects drawn on the roadmap timeline, filtered in SQL so a national file (thousands of projects) sends only the
// bars the page will draw.

export interface TimelineFilter {
  /** Only projects some milestone is linked to. */
  linkedOnly: boolean;
  taskGroupCodes: readonly string[];
  stageCodes: readonly string[];
  /** Folded (vn_fold) search text, matched against code and name. */
  search: string | null;
  limit: number;
}

const WHERE = `WHERE (@linkedOnly = 0 OR p.id IN (SELECT project_id FROM milestones WHERE project_id IS NOT NULL))
    AND (@groups IS NULL OR g.code IN (SELECT value FROM json_each(@groups)))
    AND (@stages IS NULL OR st.code IN (SELECT value FROM json_each(@stages)))
    AND (@search IS NULL OR ${foldedSearch(['p.code', 'p.name'], '@search', true)})`;

const FROM = `FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id LEFT JOIN task_groups g ON g.id = p.task_group_id`;

function params(filter: TimelineFilter) {
  return {
    linkedOnly: filter.linkedOnly ? 1 : 0,
    groups: filter.taskGroupCodes.length ? JSON.stringify(filter.taskGroupCodes) : null,
    stages: filter.stageCodes.length ? JSON.stringify(filter.stageCodes) : null,
    search: filter.search === null ? null : likeLiteral(filter.search),
  };
}

/** Matching projects grouped by task group, then by start year, up to the limit (those with milestones first); and how many matched. */
export function timelineProjects(sqlite: Sqlite, filter: TimelineFilter) {
  const rows = sqlite
    .prepare(
      `WITH matching AS (
         SELECT p.id, p.code, p.name, st.code AS stageCode, st.name_vi AS stageNameVi, p.start_year AS startYear,
           p.end_year AS endYear, g.code AS taskGroupCode,
           p.id IN (SELECT project_id FROM milestones WHERE project_id IS NOT NULL) AS linked
         ${FROM} ${WHERE}
       ),
       -- When not all fit, projects with milestones are drawn first, so their milestones sit on their bars.
       chosen AS (SELECT * FROM matching ORDER BY linked DESC, taskGroupCode IS NULL, taskGroupCode, startYear, endYear, code LIMIT @limit)
       SELECT id, code, name, stageCode, stageNameVi, startYear, endYear, taskGroupCode FROM chosen
       ORDER BY taskGroupCode IS NULL, taskGroupCode, startYear, endYear, code`,
    )
    .all({ ...params(filter), limit: filter.limit }) as {
    id: number;
    code: string;
    name: string;
    stageCode: string;
    stageNameVi: string;
    startYear: number;
    endYear: number;
    taskGroupCode: string | null;
  }[];
  const matching = (sqlite.prepare(`SELECT count(*) AS n ${FROM} ${WHERE}`).get(params(filter)) as { n: number }).n;
  const inFile = (sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
  return { rows, matching, inFile };
}
