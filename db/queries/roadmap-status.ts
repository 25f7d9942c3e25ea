import type { Sqlite } from '../client';

// What the milestone status derivation (electron/services/roadmap/derive-status.ts) reads: each milestone's link and
// hand status, and for linked projects their stage and the as-of year's capital.

export interface MilestoneLinkRow {
  id: number;
  year: number;
  status: string | null;
  statusNote: string | null;
  targetId: number | null;
  keyTaskId: number | null;
  projectId: number | null;
}

export function milestoneLinks(sqlite: Sqlite, ids?: readonly number[]): MilestoneLinkRow[] {
  return sqlite
    .prepare(
      `SELECT id, year, status, status_note AS statusNote, target_id AS targetId, key_task_id AS keyTaskId, project_id AS projectId
       FROM milestones WHERE @ids IS NULL OR id IN (SELECT value FROM json_each(@ids)) ORDER BY id`,
    )
    .all({ ids: ids ? JSON.stringify(ids) : null }) as MilestoneLinkRow[];
}

export interface LinkedProjectRow {
  id: number;
  code: string;
  stageCode: string;
  stageNameVi: string;
  allocatedDong: number;
  disbursedDong: number;
  /** Date of the first completion (or settlement) decision recorded in its lifecycle; null: none recorded. */
  completedOn: string | null;
}

/** Projects that milestones link to, with the year's allocation (adjusted where adjusted) and disbursement. */
export function linkedProjects(sqlite: Sqlite, year: number): LinkedProjectRow[] {
  return sqlite
    .prepare(
      `SELECT p.id, p.code, st.code AS stageCode, st.name_vi AS stageNameVi,
         coalesce((SELECT sum(coalesce(a.adjusted_dong, a.planned_dong)) FROM allocations a WHERE a.project_id = p.id AND a.year = @year), 0) AS allocatedDong,
         coalesce((SELECT sum(a.disbursed_dong) FROM allocations a WHERE a.project_id = p.id AND a.year = @year), 0) AS disbursedDong,
         (SELECT min(e.decision_date) FROM project_stage_events e JOIN lifecycle_stages es ON es.id = e.stage_id
           WHERE e.project_id = p.id AND es.code IN ('COMPLETED', 'SETTLED')) AS completedOn
       FROM projects p JOIN lifecycle_stages st ON st.id = p.stage_id
       WHERE p.id IN (SELECT project_id FROM milestones WHERE project_id IS NOT NULL)`,
    )
    .all({ year }) as LinkedProjectRow[];
}
