import type { Sqlite } from '../../../db/client';
import { latestFrozenSnapshot } from '../../../db/queries/submission';
import type { Comparison, ComparisonRow } from '../../api/schemas/submission';
import { type SubmissionSnapshot, submissionSnapshot } from '../../api/schemas/submission-snapshot';
import { buildSubmissionSnapshot } from './snapshot';

type Figures = Pick<SubmissionSnapshot, 'targets' | 'totals' | 'projects' | 'awarenessActivities'>;

/** Last year as it was sent (the snapshot frozen at its latest export), or as the file holds it now. */
function previousFigures(sqlite: Sqlite, year: number, appVersion: string, now: string) {
  const frozen = latestFrozenSnapshot(sqlite, year);
  if (frozen) {
    try {
      const parsed = submissionSnapshot.safeParse(JSON.parse(frozen.bytes.toString('utf8')));
      if (parsed.success) return { figures: parsed.data as Figures, source: 'frozen' as const, exportedAt: frozen.exportedAt };
    } catch {
      // A snapshot this version cannot read falls back to the live figures; the page says which it shows.
    }
  }
  return { figures: buildSubmissionSnapshot(sqlite, { year, appVersion, generatedAt: now }) as Figures, source: 'live' as const, exportedAt: null };
}

const row = (key: string, group: ComparisonRow['group'], label: string, unit: ComparisonRow['unit'], current: number | null, previous: number | null): ComparisonRow => ({
  key,
  group,
  label,
  unit,
  current,
  previous,
  change: current === null || previous === null ? null : Math.round((current - previous) * 100) / 100,
});

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null);

/** This year's figures (live) beside last year's: attainment of every target, capital totals, institutions assessed. */
export function compareWithLastYear(sqlite: Sqlite, options: { year: number; appVersion: string; now: string }): Comparison {
  const { year } = options;
  const current = buildSubmissionSnapshot(sqlite, { year, appVersion: options.appVersion, generatedAt: options.now });
  const previous = previousFigures(sqlite, year - 1, options.appVersion, options.now);
  const p = previous.figures;
  const previousTargets = new Map(p.targets.map((t) => [t.code, t]));
  const rows: ComparisonRow[] = current.targets
    .filter((t) => t.kind === 'percent')
    .map((t) => row(`target:${t.code}`, 'targets', `${t.code} — ${t.nameVi}`, 'percent', t.attainment, previousTargets.get(t.code)?.attainment ?? null));
  const c = current.totals;
  const q = p.totals;
  const allocatedBefore = (f: Figures) => f.projects.reduce((n, x) => n + x.allocatedBeforeYearDong + x.plannedThisYearDong, 0);
  rows.push(
    row('capital:planned', 'capital', 'Kế hoạch vốn giao trong năm (sau điều chỉnh)', 'dong', c.plannedThisYearDong, q.plannedThisYearDong),
    row('capital:disbursed', 'capital', 'Vốn đã giải ngân trong năm', 'dong', c.disbursedThisYearDong, q.disbursedThisYearDong),
    row('capital:rate', 'capital', 'Tỷ lệ giải ngân so với kế hoạch', 'percent', rate(c.disbursedThisYearDong, c.plannedThisYearDong), rate(q.disbursedThisYearDong, q.plannedThisYearDong)),
    row('capital:cumulative', 'capital', 'Lũy kế vốn đã bố trí đến hết năm', 'dong', allocatedBefore(current), allocatedBefore(p)),
    row('capital:gap', 'capital', 'Vốn còn thiếu của các dự án đã duyệt', 'dong', c.fundingGapDong, q.fundingGapDong),
    row('capital:projects', 'capital', 'Số dự án', 'count', current.projects.length, p.projects.length),
    row('institutions:inScope', 'institutions', 'Cơ sở thuộc phạm vi đánh giá', 'count', c.institutionsActive, q.institutionsActive),
    row('institutions:assessed', 'institutions', 'Cơ sở đã gửi đánh giá', 'count', c.institutionsAssessed, q.institutionsAssessed),
    row('institutions:approved', 'institutions', 'Cơ sở có đánh giá được phê duyệt', 'count', c.institutionsApproved, q.institutionsApproved),
    row('institutions:activities', 'institutions', 'Hoạt động tuyên truyền, nâng cao nhận thức', 'count', current.awarenessActivities.length, p.awarenessActivities.length),
    row('institutions:participants', 'institutions', 'Lượt người tham dự các hoạt động', 'count', c.participants, q.participants),
  );
  return { year, previousYear: year - 1, previousSource: previous.source, previousExportedAt: previous.exportedAt, rows };
}
