// What a link opens the Targets page on: #/targets?tab=assessment&year=2025&institution=12 (the submission's
// pre-flight, the dashboard). Each tab reads its part once, when it opens; the page's own controls take over after.

export const TARGET_TABS = ['targets', 'assessment', 'attainment', 'completeness', 'workbooks', 'trajectories'] as const;
export type TargetsTabKey = (typeof TARGET_TABS)[number];

export interface TargetsLink {
  tab: TargetsTabKey | null;
  year: number | null;
  /** Assessment: show only this institution's row. */
  institutionId: number | null;
  /** Assessment: show only returns not approved yet (none, draft, submitted). */
  notApproved: boolean;
  /** Targets: open this target's editor; attainment: mark its row and chart it. */
  targetId: number | null;
}

const positiveId = (text: string | null) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function targetsLinkOf(params: URLSearchParams, years: readonly number[]): TargetsLink {
  const tab = params.get('tab');
  const year = Number(params.get('year'));
  return {
    tab: (TARGET_TABS as readonly string[]).includes(tab ?? '') ? (tab as TargetsTabKey) : null,
    year: years.includes(year) ? year : null,
    institutionId: positiveId(params.get('institution')),
    notApproved: params.get('state') === 'notApproved',
    targetId: positiveId(params.get('target')),
  };
}
