import { approvedYears } from './submission';
import type { Sqlite } from '../client';

// The roadmap's reads: milestones with what they are linked to, their roll-overs, awareness activities, the years
// an approved submission locks, and the choices a milestone can be linked to.

/** The plain milestone list (hand status, linked code), in year and quarter order. */
export function listMilestones(sqlite: Sqlite) {
  return sqlite
    .prepare(
      `SELECT m.id, m.title, m.year, m.quarter, m.owner, m.status,
         coalesce(t.code, p.code, k.stt) AS linkedTo
       FROM milestones m LEFT JOIN targets t ON t.id = m.target_id LEFT JOIN projects p ON p.id = m.project_id
         LEFT JOIN key_tasks k ON k.id = m.key_task_id
       ORDER BY m.year, coalesce(m.quarter, 5), m.id`,
    )
    .all();
}

export interface MilestoneRecord {
  id: number;
  title: string;
  year: number;
  quarter: number | null;
  owner: string | null;
  targetId: number | null;
  keyTaskId: number | null;
  projectId: number | null;
  status: string | null;
  statusNote: string | null;
  notes: string | null;
  targetCode: string | null;
  targetName: string | null;
  keyTaskStt: string | null;
  keyTaskName: string | null;
  projectCode: string | null;
  projectName: string | null;
  rollovers: number;
}

/** Milestones (all, or these ids) with their link's code and name and their number of roll-overs. */
export function milestoneRecords(sqlite: Sqlite, ids?: readonly number[]): MilestoneRecord[] {
  return sqlite
    .prepare(
      `SELECT m.id, m.title, m.year, m.quarter, m.owner, m.target_id AS targetId, m.key_task_id AS keyTaskId,
         m.project_id AS projectId, m.status, m.status_note AS statusNote, m.notes,
         t.code AS targetCode, t.name_vi AS targetName, k.stt AS keyTaskStt, k.name AS keyTaskName,
         p.code AS projectCode, p.name AS projectName,
         (SELECT count(*) FROM milestone_rollovers r WHERE r.milestone_id = m.id) AS rollovers
       FROM milestones m LEFT JOIN targets t ON t.id = m.target_id LEFT JOIN key_tasks k ON k.id = m.key_task_id
         LEFT JOIN projects p ON p.id = m.project_id
       WHERE @ids IS NULL OR m.id IN (SELECT value FROM json_each(@ids))
       ORDER BY m.year, coalesce(m.quarter, 5), m.id`,
    )
    .all({ ids: ids ? JSON.stringify(ids) : null }) as MilestoneRecord[];
}

export function milestoneRolloverHistory(sqlite: Sqlite, milestoneId: number) {
  return sqlite
    .prepare(
      `SELECT id, from_year AS fromYear, from_quarter AS fromQuarter, to_year AS toYear, to_quarter AS toQuarter, reason,
         rolled_on AS rolledOn
       FROM milestone_rollovers WHERE milestone_id = ? ORDER BY rolled_on, id`,
    )
    .all(milestoneId) as { id: number; fromYear: number; fromQuarter: number | null; toYear: number; toQuarter: number | null; reason: string; rolledOn: string }[];
}

export function rolloverIdsOf(sqlite: Sqlite, milestoneId: number): number[] {
  return (sqlite.prepare('SELECT id FROM milestone_rollovers WHERE milestone_id = ? ORDER BY id').all(milestoneId) as { id: number }[]).map((r) => r.id);
}

/** Years whose submission is approved: the database refuses changes to their milestones and activities. */
export function lockedYears(sqlite: Sqlite): Set<number> {
  return new Set(approvedYears(sqlite).map((r) => r.year));
}

export interface ActivityRecord {
  id: number;
  heldOn: string;
  kind: 'conference' | 'workshop' | 'media' | 'training';
  title: string;
  audience: string | null;
  participants: number | null;
}

export function activityRecords(sqlite: Sqlite, ids?: readonly number[]): ActivityRecord[] {
  return sqlite
    .prepare(
      `SELECT id, held_on AS heldOn, kind, title, audience, participants FROM awareness_activities
       WHERE @ids IS NULL OR id IN (SELECT value FROM json_each(@ids)) ORDER BY held_on, id`,
    )
    .all({ ids: ids ? JSON.stringify(ids) : null }) as ActivityRecord[];
}

export interface LinkTargetRow {
  id: number;
  code: string;
  name: string;
}

/** Everything a milestone may be linked to, each in its own order (targets by code, tasks by number, projects by code). */
export function linkableItems(sqlite: Sqlite) {
  const targets = sqlite.prepare('SELECT id, code, name_vi AS name FROM targets ORDER BY scope, code').all() as LinkTargetRow[];
  const keyTasks = sqlite.prepare('SELECT id, stt AS code, name FROM key_tasks ORDER BY CAST(stt AS INTEGER), stt').all() as LinkTargetRow[];
  const projects = sqlite.prepare('SELECT id, code, name FROM projects ORDER BY code').all() as LinkTargetRow[];
  return { targets, keyTasks, projects };
}
