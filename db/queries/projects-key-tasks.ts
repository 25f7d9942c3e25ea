import type { Sqlite } from '../client';
import { foldedSearch, likeLiteral } from './view-clauses';

// The province's own key-task list (no list ships: the Decision's appendix could not be confirmed).

export interface KeyTaskListRow {
  id: number;
  stt: string;
  name: string;
  leadAgency: string | null;
  coordinatingAgencies: string | null;
  period: string | null;
  output: string | null;
  taskGroupCode: string | null;
  projectCount: number;
}

const SELECT = `SELECT k.id, k.stt, k.name, k.lead_agency AS leadAgency, k.coordinating_agencies AS coordinatingAgencies, k.period,
  k.output, g.code AS taskGroupCode, (SELECT count(*) FROM project_key_tasks pk WHERE pk.key_task_id = k.id) AS projectCount
  FROM key_tasks k LEFT JOIN task_groups g ON g.id = k.task_group_id`;

/** STT "2" before "10": numeric order first, then text. */
const ORDER = 'ORDER BY CAST(k.stt AS INTEGER), k.stt, k.id';

export function listKeyTasks(sqlite: Sqlite, search?: string): KeyTaskListRow[] {
  const where = search ? `WHERE ${foldedSearch(['k.name'], '@pattern')} OR k.stt = @search` : '';
  return sqlite.prepare(`${SELECT} ${where} ${ORDER}`).all({ search: search ?? null, pattern: likeLiteral(search ?? '') }) as KeyTaskListRow[];
}

export function keyTasksByIds(sqlite: Sqlite, ids: number[]): Map<number, KeyTaskListRow> {
  const rows = sqlite.prepare(`${SELECT} WHERE k.id IN (SELECT value FROM json_each(?)) ${ORDER}`).all(JSON.stringify(ids)) as KeyTaskListRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

export function keyTasksWithStt(sqlite: Sqlite, values: string[]): { id: number; stt: string }[] {
  return sqlite.prepare('SELECT id, stt FROM key_tasks WHERE stt IN (SELECT value FROM json_each(?))').all(JSON.stringify(values)) as { id: number; stt: string }[];
}

export function linksOfKeyTask(sqlite: Sqlite, keyTaskId: number): number[] {
  return (sqlite.prepare('SELECT id FROM project_key_tasks WHERE key_task_id = ? ORDER BY id').all(keyTaskId) as { id: number }[]).map((r) => r.id);
}

export function milestonesOfKeyTask(sqlite: Sqlite, keyTaskId: number): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM milestones WHERE key_task_id = ?').get(keyTaskId) as { n: number }).n;
}
