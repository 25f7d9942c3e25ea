import type { Sqlite } from '../../../db/client';
import { capitalBySourceYear, capitalByTaskGroupProject } from '../../../db/queries/capital-charts';
import { yearsOf } from '../../../db/queries/capital-matrix';
import { fundingGaps, gapByYearAndSource } from '../../../db/queries/funding-gap';

/** Everything the capital charts draw for a year range, in đồng. */
export function chartData(sqlite: Sqlite, fromYear: number, toYear: number) {
  const years = yearsOf({ fromYear, toYear });
  const gapCells = gapByYearAndSource(fundingGaps(sqlite), { fromYear, toYear });
  const gapByYear = years.map((year) => ({ year, gapDong: gapCells.filter((c) => c.year === year).reduce((n, c) => n + c.gapDong, 0) }));
  const groups = new Map<string | null, { taskGroupCode: string | null; projects: { projectId: number; code: string; name: string; allocatedDong: number }[] }>();
  for (const row of capitalByTaskGroupProject(sqlite, fromYear, toYear)) {
    const group = groups.get(row.taskGroupCode) ?? { taskGroupCode: row.taskGroupCode, projects: [] };
    groups.set(row.taskGroupCode, group);
    group.projects.push({ projectId: row.projectId, code: row.code, name: row.name, allocatedDong: row.allocatedDong });
  }
  return { years, bySourceYear: capitalBySourceYear(sqlite, fromYear, toYear), gapByYear, treemap: [...groups.values()] };
}
