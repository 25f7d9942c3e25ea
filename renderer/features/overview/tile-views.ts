import type { TFunction } from 'i18next';
import type { DashboardSummary } from '../../../electron/api/schemas/dashboard';
import { formatMillions, formatNumber, formatPercent } from '../../../electron/api/text/format';
import { links } from './links';

// The tiles' words, figures, tone and destination as a pure function of the summary (unit-tested).

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';
export const TONE_COLOURS: Record<Tone, string> = { good: '#389e0d', warn: '#d46b08', bad: '#cf1322', neutral: '#1f1f1f' };

export interface TileView {
  key: string;
  title: string;
  value: string;
  tone: Tone;
  note: string;
  extra?: string;
  to: string;
}

const ratio = (part: number, whole: number) => `${formatNumber(part, 0)}/${formatNumber(whole, 0)}`;
const allOrSome = (part: number, whole: number): Tone => (whole === 0 ? 'neutral' : part === whole ? 'good' : part * 2 >= whole ? 'warn' : 'bad');

/** The six tiles' words, figures, tone and destination, from the summary (pure: unit-tested). */
export function tileViews(s: DashboardSummary, t: TFunction): TileView[] {
  const { year } = s;
  const a = s.attainment;
  const c = s.completeness;
  const m = s.milestones;
  const cap = s.capital;
  const d = s.disbursement;
  return [
    {
      key: 'attainment',
      title: t('tiles.attainment', { year }),
      value: a.withTarget ? ratio(a.met, a.withTarget) : '—',
      tone: allOrSome(a.met, a.withTarget),
      note: a.withTarget ? t('tiles.attainmentNote', { year }) : t('tiles.attainmentNone', { year }),
      to: links.attainment(year),
    },
    {
      key: 'outlook',
      title: t('tiles.outlook'),
      value: a.with2030 ? ratio(a.onTrack2030, a.with2030) : '—',
      tone: allOrSome(a.onTrack2030, a.with2030),
      note: a.with2030 ? t('tiles.outlookNote') : t('tiles.outlookNone'),
      to: links.trajectories(),
    },
    {
      key: 'completeness',
      title: t('tiles.completeness', { year }),
      value: ratio(c.reported, c.institutions),
      tone: allOrSome(c.reported, c.institutions),
      note: t('tiles.completenessNote', { approved: formatNumber(c.byState.approved, 0), submitted: formatNumber(c.byState.submitted, 0), draft: formatNumber(c.byState.draft, 0) }),
      ...(c.withGaps ? { extra: t('tiles.completenessGaps', { n: formatNumber(c.withGaps, 0) }) } : {}),
      to: links.completeness(year),
    },
    {
      key: 'capital',
      title: t('tiles.capital'),
      value: cap.needDong > 0 ? formatPercent((cap.coveredDong / cap.needDong) * 100, 1) : '—',
      tone: cap.needDong === 0 ? 'neutral' : cap.gapDong === 0 ? 'good' : 'warn',
      note: cap.needDong > 0 ? t('tiles.capitalNote', { covered: formatMillions(cap.coveredDong), need: formatMillions(cap.needDong) }) : t('tiles.capitalNone'),
      ...(cap.gapDong > 0 ? { extra: t('tiles.capitalGap', { gap: formatMillions(cap.gapDong) }) } : {}),
      to: links.gap(cap.gapYears, year),
    },
    {
      key: 'disbursement',
      title: t('tiles.disbursement', { year }),
      value: d.percent === null ? '—' : formatPercent(d.percent, 1),
      tone: 'neutral',
      note: d.allocatedDong > 0 ? t('tiles.disbursementNote', { disbursed: formatMillions(d.disbursedDong), allocated: formatMillions(d.allocatedDong) }) : t('tiles.disbursementNone', { year }),
      to: links.disbursement(year),
    },
    {
      key: 'milestones',
      title: t('tiles.milestones'),
      value: formatNumber(m.atRisk, 0),
      tone: m.total === 0 ? 'neutral' : m.atRisk + m.missed === 0 ? 'good' : m.missed > 0 ? 'bad' : 'warn',
      note: t('tiles.milestonesNote', { total: formatNumber(m.total, 0), missed: formatNumber(m.missed, 0) }),
      to: links.milestones('at_risk'),
    },
  ];
}
