import type { Sqlite } from '../client';

/** The change sets that created, reviewed, approved or reopened a submission, newest first (History's own rows). */
export function submissionEvents(sqlite: Sqlite, submissionId: number) {
  return sqlite
    .prepare(
      `SELECT cs.id AS changeSetId, cs.action, cs.label, cs.actor, cs.at FROM change_sets cs
       WHERE cs.kind = 'do' AND cs.action IN ('submission.create', 'submission.review', 'submission.approve', 'submission.reopen')
         AND EXISTS (SELECT 1 FROM audit_rows ar WHERE ar.change_set_id = cs.id AND ar.table_name = 'submissions' AND ar.row_id = ?)
       ORDER BY cs.id DESC`,
    )
    .all(submissionId) as { changeSetId: number; action: string; label: string; actor: string; at: string }[];
}

/** The next free id of a table, for a change set that inserts a parent and its children together. */
export function nextSubmissionIds(sqlite: Sqlite): { submission: number; section: number } {
  const row = sqlite
    .prepare(
      `SELECT coalesce((SELECT max(id) FROM submissions), 0) + 1 AS submission,
         coalesce((SELECT max(id) FROM submission_sections), 0) + 1 AS section`,
    )
    .get() as { submission: number; section: number };
  return row;
}
