import type { DerivedStatus, HandStatus } from '../../api/schemas/roadmap';
import { formatDate, formatNumber, formatPercent } from '../../api/text/format';
import { expectedShare, PACE_TOLERANCE } from '../capital/checks/pace';
import { projectAttainment, type YearValue } from '../targets/projection';

export type { DerivedStatus } from '../../api/schemas/roadmap';
export { milestoneStatuses } from './milestone-statuses';

// STATUS OF A MILESTONE. Judged from what the file knows, in this order:
//  1. linked to a percentage target with figures: the year's actual attainment against the year's target value once the
//     year is over (met / missed); for the current or a later year, the attainment projected to that year (on track /
//     at risk), unless the year's own figure already reaches the target (met);
//  2. linked to a project: its lifecycle stage (completed or settled: met, or missed when the completion decision is
//     dated after the milestone's year; cancelled: missed; suspended: at risk), then
//     the calendar (the milestone's year over and the project not completed: missed), then the current year's
//     disbursement against the even pace the capital checks use (behind: at risk); otherwise on track;
//  3. anything else, and milestone-kind targets (a text, not a figure): the planner's hand-set status.
// Every result carries a reason in plain Vietnamese with the figures it rests on.

export interface MilestoneFacts {
  year: number;
  handStatus: HandStatus | null;
  handNote: string | null;
}

export interface TargetFacts {
  code: string;
  kind: 'percent' | 'milestone';
  /** False when the target has no usable formula (then its status cannot come from figures). */
  measurable: boolean;
  /** The target's value for the milestone's year (targetForYear), in percent; null: none set or interpolable. */
  goal: number | null;
  /** Actual attainment by year (Σ numerator / Σ denominator), only years with figures. */
  actuals: readonly YearValue[];
}

export interface ProjectFacts {
  code: string;
  stageCode: string;
  stageNameVi: string;
  /** The as-of year's allocation (adjusted where adjusted) and disbursement, all sources; 0 when none. */
  allocatedDong: number;
  disbursedDong: number;
  /** ISO date of the completion (or settlement) decision, when the lifecycle records one. */
  completedOn: string | null;
}

export type StatusLink = { kind: 'target'; target: TargetFacts } | { kind: 'project'; project: ProjectFacts } | { kind: 'none' };

export interface DeriveInput {
  milestone: MilestoneFacts;
  link: StatusLink;
  /** The as-of date, ISO yyyy-mm-dd (the host clock's today, passed in so the answer is reproducible). */
  asOf: string;
}

const HAND_LABEL: Record<HandStatus, string> = {
  planned: 'đã lên kế hoạch',
  on_track: 'đúng tiến độ',
  at_risk: 'có nguy cơ chậm',
  met: 'đã đạt',
  missed: 'không đạt',
};

const pct = (value: number) => formatPercent(value, 1);
// Attainment keeps two decimals, as the assessment pages print it: 69,97 % must not read as 70 % beside a 70 % target.
const share = (value: number) => formatPercent(value, 2);

export function deriveStatus(input: DeriveInput): DerivedStatus {
  const { milestone, link } = input;
  if (link.kind === 'target') {
    const fromTarget = targetStatus(milestone, link.target, asOfYear(input.asOf));
    if (fromTarget) return fromTarget;
    return manualStatus(milestone, ` (chỉ tiêu ${link.target.code} ${targetFallbackWhy(link.target, milestone.year)})`);
  }
  if (link.kind === 'project') return projectStatus(milestone, link.project, input.asOf);
  return manualStatus(milestone, '');
}

export const asOfYear = (asOf: string) => Number(asOf.slice(0, 4));

function targetFallbackWhy(target: TargetFacts, year: number): string {
  if (target.kind === 'milestone') return 'là chỉ tiêu dạng mốc, không tính từ số liệu';
  if (!target.measurable) return 'chưa có công thức tính từ số liệu';
  return `chưa có giá trị cho năm ${year}`;
}

/** Null when the target cannot decide (milestone kind, no formula, no value for the year): the hand status applies. */
function targetStatus(milestone: MilestoneFacts, target: TargetFacts, nowYear: number): DerivedStatus | null {
  if (target.kind !== 'percent' || !target.measurable || target.goal === null) return null;
  const goal = target.goal;
  const actuals = [...target.actuals].sort((a, b) => a.year - b.year);
  const known = actuals.filter((a) => a.year <= Math.max(nowYear, milestone.year));
  if (known.length === 0) {
    return { status: null, source: 'target', reason: `Chỉ tiêu ${target.code}: chưa có số liệu đánh giá; chỉ tiêu năm ${milestone.year}: ${share(goal)}` };
  }
  const own = known.find((a) => a.year === milestone.year);
  const ownText = own ? `Năm ${own.year} đạt ${share(own.value)} / chỉ tiêu ${share(goal)}` : '';
  if (milestone.year < nowYear) {
    if (!own) {
      return { status: null, source: 'target', reason: `Chỉ tiêu ${target.code}: chưa có số liệu năm ${milestone.year} (chỉ tiêu ${share(goal)})` };
    }
    return own.value >= goal
      ? { status: 'met', source: 'target', reason: `${ownText}: đã đạt` }
      : { status: 'missed', source: 'target', reason: `${ownText}: không đạt (thiếu ${formatNumber(goal - own.value, 2)} điểm %)` };
  }
  if (own && own.value >= goal) return { status: 'met', source: 'target', reason: `${ownText}: đã đạt` };
  const projection = projectAttainment(known, milestone.year);
  const last = known.at(-1)!;
  const lastText = own ? ownText : `Năm ${last.year} đạt ${share(last.value)}`;
  const value = projection.value!;
  const how = projection.method === 'carried' ? 'giữ nguyên số liệu một năm' : `xu hướng ${projection.basis.map((b) => b.year).join(', ')}`;
  const reached = value >= goal;
  return {
    status: reached ? 'on_track' : 'at_risk',
    source: 'target',
    reason: `${lastText}; dự báo ${milestone.year} (${how}): ${share(value)} ${reached ? '≥' : '<'} chỉ tiêu ${share(goal)}: ${reached ? 'đúng tiến độ' : 'có nguy cơ không đạt'}`,
  };
}

function projectStatus(milestone: MilestoneFacts, project: ProjectFacts, asOf: string): DerivedStatus {
  const stage = `Dự án ${project.code} ở giai đoạn "${project.stageNameVi}"`;
  const result = (status: DerivedStatus['status'], reason: string): DerivedStatus => ({ status, source: 'project', reason });
  if (project.stageCode === 'COMPLETED' || project.stageCode === 'SETTLED') {
    const late = project.completedOn !== null && asOfYear(project.completedOn) > milestone.year;
    const when = project.completedOn ? ` ngày ${formatDate(project.completedOn)}` : '';
    return late
      ? result('missed', `${stage}: hoàn thành${when}, sau năm của mốc (${milestone.year})`)
      : result('met', `${stage}: đã hoàn thành${when}`);
  }
  if (project.stageCode === 'CANCELLED') return result('missed', `${stage}: dự án đã hủy`);
  if (project.stageCode === 'SUSPENDED') return result('at_risk', `${stage}: dự án đang tạm dừng`);
  const nowYear = asOfYear(asOf);
  if (milestone.year < nowYear) return result('missed', `${stage}: năm ${milestone.year} đã qua mà dự án chưa hoàn thành`);
  const pace = disbursementPace(project, asOf);
  if (pace && pace.behind) {
    return result('at_risk', `${stage}; giải ngân năm ${nowYear} đạt ${pct(pace.rate)}, chậm so với tiến độ ${pct(pace.expected)}`);
  }
  const paceText = pace ? `; giải ngân năm ${nowYear} đạt ${pct(pace.rate)} / tiến độ ${pct(pace.expected)}` : '';
  return result('on_track', `${stage}${paceText}: đúng tiến độ`);
}

/** The capital checks' pace (whole months elapsed ÷ 12, 0,5 % tolerance); null when nothing is allocated or due yet. */
function disbursementPace(project: ProjectFacts, asOf: string) {
  const share = expectedShare(asOfYear(asOf), asOf);
  if (project.allocatedDong <= 0 || share === 0) return null;
  const expectedDong = project.allocatedDong * share;
  return {
    behind: expectedDong - project.disbursedDong > project.allocatedDong * PACE_TOLERANCE,
    rate: (project.disbursedDong / project.allocatedDong) * 100,
    expected: share * 100,
  };
}

function manualStatus(milestone: MilestoneFacts, why: string): DerivedStatus {
  const note = milestone.handNote?.trim() ? ` — ${milestone.handNote.trim()}` : '';
  if (!milestone.handStatus) return { status: null, source: 'none', reason: `Chưa có trạng thái${why}` };
  const status = milestone.handStatus === 'planned' ? null : milestone.handStatus;
  return { status, source: 'manual', reason: `Đặt tay: ${HAND_LABEL[milestone.handStatus]}${why}${note}` };
}
