import type { Sqlite } from '../client';

// What the project detail panel shows beyond the register row: lifecycle steps with their documents, key-task
// links, the task groups served, and the capital figures.

export interface DocumentRow {
  id: number;
  stageEventId: number | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  addedAt: string;
  note: string | null;
}

export interface StageEventRow {
  id: number;
  projectId: number;
  stageCode: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuingBody: string | null;
  note: string | null;
}

const STAGE_EVENT = `SELECT e.id, e.project_id AS projectId, s.code AS stageCode, e.decision_number AS decisionNumber,
  e.decision_date AS decisionDate, e.issuing_body AS issuingBody, e.note
  FROM project_stage_events e JOIN lifecycle_stages s ON s.id = e.stage_id`;

export function stageEventsOf(sqlite: Sqlite, projectId: number): StageEventRow[] {
  // Oldest first: by decision date where known, else by the stage's place on the path, then by entry order.
  return sqlite
    .prepare(`${STAGE_EVENT} WHERE e.project_id = ? ORDER BY coalesce(e.decision_date, '9999'), s.sort_order, e.id`)
    .all(projectId) as StageEventRow[];
}

export function stageEvent(sqlite: Sqlite, id: number): StageEventRow | undefined {
  return sqlite.prepare(`${STAGE_EVENT} WHERE e.id = ?`).get(id) as StageEventRow | undefined;
}

const DOCUMENT_FIELDS = `id, stage_event_id AS stageEventId, file_name AS fileName, media_type AS mediaType, size_bytes AS sizeBytes,
  sha256, added_at AS addedAt, note`;
const DOCUMENT = `SELECT ${DOCUMENT_FIELDS} FROM project_documents`;

export function documentsOf(sqlite: Sqlite, projectId: number): DocumentRow[] {
  return sqlite.prepare(`${DOCUMENT} WHERE project_id = ? ORDER BY added_at, id`).all(projectId) as DocumentRow[];
}

export function documentRow(sqlite: Sqlite, id: number): (DocumentRow & { projectId: number }) | undefined {
  return sqlite.prepare(`SELECT project_id AS projectId, ${DOCUMENT_FIELDS} FROM project_documents WHERE id = ?`).get(id) as
    | (DocumentRow & { projectId: number })
    | undefined;
}

export function documentBytes(sqlite: Sqlite, sha256: string): Buffer | undefined {
  return (sqlite.prepare('SELECT bytes FROM document_contents WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined)?.bytes;
}

export function keyTaskLinks(sqlite: Sqlite, projectId: number): { id: number; keyTaskId: number; taskGroupCode: string | null }[] {
  return sqlite
    .prepare(
      `SELECT pk.id, pk.key_task_id AS keyTaskId, g.code AS taskGroupCode FROM project_key_tasks pk
       JOIN key_tasks k ON k.id = pk.key_task_id LEFT JOIN task_groups g ON g.id = k.task_group_id WHERE pk.project_id = ?`,
    )
    .all(projectId) as { id: number; keyTaskId: number; taskGroupCode: string | null }[];
}

export function capitalSummary(sqlite: Sqlite, projectId: number) {
  const annual = sqlite
    .prepare(
      `SELECT coalesce(sum(coalesce(adjusted_dong, planned_dong)), 0) AS allocatedDong, coalesce(sum(disbursed_dong), 0) AS disbursedDong
       FROM allocations WHERE project_id = ?`,
    )
    .get(projectId) as { allocatedDong: number; disbursedDong: number };
  const medium = sqlite.prepare('SELECT coalesce(sum(amount_dong), 0) AS n FROM medium_term_allocations WHERE project_id = ?').get(projectId) as { n: number };
  return { ...annual, mediumTermDong: medium.n };
}

/** What ties a project down: rows that would block or lose meaning if it were deleted. */
export function projectDependents(sqlite: Sqlite, projectId: number) {
  const count = (sql: string) => (sqlite.prepare(sql).get(projectId) as { n: number }).n;
  return {
    allocations: count('SELECT count(*) AS n FROM allocations WHERE project_id = ?'),
    mediumTerm: count('SELECT count(*) AS n FROM medium_term_allocations WHERE project_id = ?'),
    milestones: count('SELECT count(*) AS n FROM milestones WHERE project_id = ?'),
    frozen: count('SELECT count(*) AS n FROM plan_snapshot_projects WHERE project_id = ?'),
  };
}

export function childIds(sqlite: Sqlite, table: 'project_key_tasks' | 'project_stage_events' | 'project_funding' | 'project_documents', projectId: number): number[] {
  return (sqlite.prepare(`SELECT id FROM ${table} WHERE project_id = ? ORDER BY id`).all(projectId) as { id: number }[]).map((r) => r.id);
}
