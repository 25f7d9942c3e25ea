import type { Sqlite } from '../client';

// Chart data over a year range: capital by source and year (first planned, allocated, disbursed), and allocated
// capital by Section II task group and project for the treemap.

export function capitalBySourceYear(sqlite: Sqlite, fromYear: number, toYear: number) {
  return sqlite
    .prepare(
      `SELECT a.year, s.code AS sourceCode, sum(a.planned_dong) AS plannedDong, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS allocatedDong,
         sum(a.disbursed_dong) AS disbursedDong
       FROM allocations a JOIN capital_sources s ON s.id = a.source_id WHERE a.year BETWEEN ? AND ?
       GROUP BY a.year, s.id ORDER BY a.year, s.sort_order`,
    )
    .all(fromYear, toYear) as { year: number; sourceCode: string; plannedDong: number; allocatedDong: number; disbursedDong: number }[];
}

export function capitalByTaskGroupProject(sqlite: Sqlite, fromYear: number, toYear: number) {
  return sqlite
    .prepare(
      `SELECT g.code AS taskGroupCode, p.id AS projectId, p.code, p.name, sum(coalesce(a.adjusted_dong, a.planned_dong)) AS allocatedDong
       FROM allocations a JOIN projects p ON p.id = a.project_id LEFT JOIN task_groups g ON g.id = p.task_group_id
       WHERE a.year BETWEEN ? AND ? GROUP BY p.id HAVING allocatedDong > 0 ORDER BY g.code, allocatedDong DESC`,
    )
    .all(fromYear, toYear) as { taskGroupCode: string | null; projectId: number; code: string; name: string; allocatedDong: number }[];
}
