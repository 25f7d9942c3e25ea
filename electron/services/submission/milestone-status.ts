import type { Sqlite } from '../../../db/client';
import type { SnapshotMilestoneRow } from '../../../db/queries/submission-snapshot';
import { milestoneStatuses } from '../roadmap/derive-status';

export type MilestoneStatus = 'planned' | 'on_track' | 'at_risk' | 'met' | 'missed';

export interface JudgedStatus {
  status: MilestoneStatus | null;
  reason: string | null;
}

/**
 * The status of every milestone as at `asOf` (ISO date), keyed by milestone id: derived by the roadmap from the
 * linked target's figures or project where it can be, else the planner's hand. A milestone set by hand to
 * "planned" stays "planned" (the roadmap reads it as not judged yet; the snapshot keeps the planner's word).
 */
export function milestoneStatusesAsOf(sqlite: Sqlite, rows: readonly SnapshotMilestoneRow[], asOf: string): Map<number, JudgedStatus> {
  const derived = milestoneStatuses(sqlite, asOf, rows.map((r) => r.id));
  const out = new Map<number, JudgedStatus>();
  for (const row of rows) {
    const judged = derived.get(row.id);
    const status = judged?.status ?? (row.status === 'planned' ? 'planned' : null);
    out.set(row.id, { status, reason: judged?.reason ?? null });
  }
  return out;
}
