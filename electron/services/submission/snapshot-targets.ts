import type { Sqlite } from '../../../db/client';
import { targetsWithValues } from '../../../db/queries/assessment-targets';
import { reportedYearRange, type SnapshotMilestoneRow } from '../../../db/queries/submission-snapshot';
import type { SubmissionSnapshot } from '../../api/schemas/submission-snapshot';
import { attainmentFor, attainmentSeriesFor } from '../assessment/attainment';
import type { JudgedStatus } from './milestone-status';

type SnapshotTarget = SubmissionSnapshot['targets'][number];

// A milestone-kind target's value is a word the targets page translates ('formed'); the report needs the words.
const MILESTONE_WORDS: Record<string, string> = { formed: 'Hình thành' };
const STATUS_WORDS: Record<string, string> = {
  planned: 'đã lên kế hoạch',
  on_track: 'đúng tiến độ',
  at_risk: 'có nguy cơ chậm',
  met: 'đã đạt',
  missed: 'không đạt',
};

/** Shares are 0–100; a province total above 100% means a part exceeds its whole somewhere (the checks say where). */
const share = (value: number | null) => (value === null ? null : Math.min(100, Math.max(0, value)));

function milestoneText(
  values: readonly { year: number; milestone: string | null }[],
  year: number,
  linked: readonly SnapshotMilestoneRow[],
  statuses: ReadonlyMap<number, JudgedStatus>,
): string | null {
  const due = values.filter((v) => v.milestone !== null).sort((a, b) => a.year - b.year);
  const goal = due.find((v) => v.year >= year) ?? due.at(-1);
  const parts: string[] = [];
  if (goal) parts.push(`${MILESTONE_WORDS[goal.milestone!] ?? goal.milestone} (mốc năm ${goal.year})`);
  for (const m of linked.filter((l) => l.year <= year)) {
    const status = statuses.get(m.id)?.status;
    parts.push(`${m.title}: ${status ? STATUS_WORDS[status] : 'chưa có trạng thái'}`);
  }
  return parts.length ? parts.join('; ') : null;
}

/**
 * Every target with the province's attainment of the year (Σ numerator / Σ denominator over the institutions that
 * reported, every entered figure counted as the assessment pages count by default) and its attainment in every
 * earlier year with figures.
 */
export function snapshotTargets(
  sqlite: Sqlite,
  year: number,
  milestones: readonly SnapshotMilestoneRow[],
  statuses: ReadonlyMap<number, JudgedStatus>,
): SnapshotTarget[] {
  const rows = new Map(attainmentFor(sqlite, year, false).map((r) => [r.code, r]));
  const range = reportedYearRange(sqlite);
  const firstYear = range.first === null ? year : Math.min(range.first, year);
  const series = firstYear < year ? attainmentSeriesFor(sqlite, firstYear, year - 1, false) : { years: [], targets: [] };
  const history = new Map(series.targets.map((t) => [t.code, t.points.map((p) => ({ year: p.year, attainment: share(p.percent) }))]));
  return targetsWithValues(sqlite).map((target): SnapshotTarget => {
    const row = rows.get(target.code)!;
    const exact = (y: number) => target.values.find((v) => v.year === y)?.percent ?? null;
    return {
      code: target.code,
      scope: target.scope,
      kind: target.kind,
      groupCode: target.groupCode,
      subject: target.subject,
      nameVi: target.nameVi,
      nameEn: target.nameEn,
      nationalTargetCode: target.nationalTargetCode,
      target2025: share(exact(2025)),
      target2030: share(exact(2030)),
      targetThisYear: share(row.target.percent),
      numerator: row.numerator,
      denominator: row.denominator,
      attainment: share(row.percent),
      institutionsCounted: row.institutionsCounted,
      institutionsInSubject: row.institutionsInSubject,
      milestoneText:
        target.kind === 'milestone'
          ? milestoneText(target.values, year, milestones.filter((m) => m.targetCode === target.code), statuses)
          : null,
      history: history.get(target.code) ?? [],
    };
  });
}
