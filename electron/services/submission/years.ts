import type { Sqlite } from '../../../db/client';
import { submissionYearRows } from '../../../db/queries/submission';
import type { SubmissionYears } from '../../api/schemas/submission';

const FIRST = 2020;
const LAST = 2035;

/**
 * The years a submission can be prepared for: every year the file holds figures or capital for, and the current
 * year. The page offers first the latest year with assessment figures that is not approved yet.
 */
export function submissionYears(sqlite: Sqlite, today: string): SubmissionYears {
  const current = Math.min(LAST, Math.max(FIRST, Number(today.slice(0, 4))));
  // Later years hold planned capital only; they are offered once a submission of theirs exists.
  const rows = submissionYearRows(sqlite).filter((r) => r.year <= current || r.state !== null);
  if (!rows.some((r) => r.year === current)) rows.unshift({ year: current, state: null, approvedAt: null, institutionsAssessed: 0, exports: 0 });
  rows.sort((a, b) => b.year - a.year);
  const open = rows.find((r) => r.institutionsAssessed > 0 && r.state !== 'approved');
  return { suggested: open?.year ?? current, years: rows };
}
