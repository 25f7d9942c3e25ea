import { Tabs } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type StatusFilterValue, statusFilterValue } from '../../../electron/api/schemas/roadmap';
import { Page } from '../../components/Page';
import { ActivitiesTab } from './ActivitiesTab';
import { upToYearOf } from './link-params';
import { MilestonesTab } from './MilestonesTab';
import { TimelineTab } from './TimelineTab';

const TABS = ['milestones', 'timeline', 'activities'] as const;
type Tab = (typeof TABS)[number];

/**
 * The roadmap: the milestones register, the timeline and the awareness activities. The URL carries the view, so the
 * dashboard can link to it: ?status=at_risk opens the milestones filtered by derived status, ?year=2025 keeps the
 * milestones due by that year (the submission's pre-flight: ?status=none&year=2025), ?milestone=<id> opens one
 * milestone, ?tab=timeline|activities another tab.
 */
export function RoadmapPage() {
  const { t } = useTranslation('roadmap');
  const [params, setParams] = useSearchParams();
  const parsedStatus = statusFilterValue.safeParse(params.get('status'));
  const status: StatusFilterValue | null = parsedStatus.success ? parsedStatus.data : null;
  const openId = Number(params.get('milestone')) || null;
  const upToYear = upToYearOf(params);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'milestones';

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  const onStatus = useCallback((value: StatusFilterValue | null) => update({ status: value }), [update]);
  const onUpToYear = useCallback(() => update({ year: null }), [update]);
  const onOpen = useCallback((id: number | null) => update({ milestone: id === null ? null : String(id) }), [update]);
  // A milestone clicked on the timeline opens in the register, where its drawer lives.
  const openFromTimeline = useCallback((id: number) => update({ tab: null, milestone: String(id) }), [update]);

  return (
    <Page name="roadmap" title={t('title')} intro={t('intro')} fill>
      <Tabs
        data-testid="roadmap-tabs"
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'milestones' ? null : key })}
        destroyOnHidden
        items={[
          { key: 'milestones', label: t('tabs.milestones'), children: <MilestonesTab status={status} onStatus={onStatus} upToYear={upToYear} onClearYear={onUpToYear} openId={openId} onOpen={onOpen} /> },
          { key: 'timeline', label: t('tabs.timeline'), children: <TimelineTab onOpenMilestone={openFromTimeline} /> },
          { key: 'activities', label: t('tabs.activities'), children: <ActivitiesTab /> },
        ]}
      />
    </Page>
  );
}
