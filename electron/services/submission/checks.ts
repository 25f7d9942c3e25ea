import type { Sqlite } from '../../../db/client';
import { allocatedOverShare, cancelledWithCapital, disbursedOverAllocated, linkIds } from '../../../db/queries/submission-checks';
import { snapshotMilestones } from '../../../db/queries/submission-snapshot';
import type { PreflightResult } from '../../api/schemas/submission';
import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { milestoneStatusesAsOf } from './milestone-status';
import { preflightChecks } from './preflight-rules';
import { buildSubmissionSnapshot, judgedAsOf } from './snapshot';

/** The pre-flight checks of a year, judged on the snapshot the export would take now (or on one already built). */
export function runPreflight(sqlite: Sqlite, options: { year: number; appVersion: string; now: string }, built?: SubmissionSnapshot): PreflightResult {
  const { year } = options;
  const snapshot = built ?? buildSubmissionSnapshot(sqlite, { year, appVersion: options.appVersion, generatedAt: options.now });
  const rows = snapshotMilestones(sqlite).filter((m) => m.year <= year);
  const statuses = milestoneStatusesAsOf(sqlite, rows, judgedAsOf(year, options.now));
  const unjudgedMilestones = rows
    .filter((m) => {
      const status = statuses.get(m.id)?.status ?? null;
      return status === null || status === 'planned';
    })
    .map((m) => ({ id: m.id, title: m.title, year: m.year }));
  const checks = preflightChecks({
    snapshot,
    unjudgedMilestones,
    disbursedOverAllocated: disbursedOverAllocated(sqlite, year),
    allocatedOverShare: allocatedOverShare(sqlite, year),
    cancelledWithCapital: cancelledWithCapital(sqlite, year),
    ids: linkIds(sqlite),
  });
  return {
    year,
    blocking: checks.filter((c) => c.severity === 'blocking').length,
    warnings: checks.filter((c) => c.severity === 'warning').length,
    checks,
  };
}
