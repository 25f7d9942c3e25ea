import { Alert, Empty, Flex, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TimelineInput } from '../../../electron/api/schemas/roadmap';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { QueryView } from '../../components/QueryView';
import { useReference } from '../../components/useReference';
import { statusHex } from './status';
import { TimelineChart } from './TimelineChart';
import { CHART_CHROME_PX, ROW_PX, stageColours, type TimelineHit, timelineOption } from './timeline-option';
import { layoutTimeline } from './timeline-rows';
import { useWhen } from './useWhen';
import { SearchBox } from '../../components/SearchBox';

// A national file has thousands of projects: the page filters (task group, stage, only projects with milestones,
// search) and the service draws at most LIMIT bars, saying how many matched.
const LIMIT = 200;

/** The Gantt-like view: project bars by stage, milestone markers by status, today's line; clicking opens the item. */
export function TimelineTab({ onOpenMilestone }: { onOpenMilestone: (id: number) => void }) {
  const { t } = useTranslation('roadmap');
  const navigate = useNavigate();
  const reference = useReference();
  const when = useWhen();
  const [scope, setScope] = useState<'all' | 'linked' | null>(null);
  const [taskGroupCodes, setTaskGroups] = useState<string[]>([]);
  const [stageCodes, setStages] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  // A file with more projects than fit starts on those with milestones; the planner can widen it.
  const count = useApiQuery('roadmap.timeline', { scope: 'all', limit: 1 });
  const effectiveScope = scope ?? (count.data && count.data.projectsInFile > LIMIT ? 'linked' : 'all');
  const input: TimelineInput = { scope: effectiveScope, taskGroupCodes, stageCodes, limit: LIMIT, ...(search ? { search } : {}) };
  const timeline = useApiQuery('roadmap.timeline', input, { enabled: count.data !== undefined });
  const { name } = reference;
  const stageName = useCallback((code: string) => name('lifecycleStages', code), [name]);
  const onOpen = useCallback(
    (hit: TimelineHit) => (hit.kind === 'project' ? void navigate(`/projects?project=${hit.id}`) : onOpenMilestone(hit.id)),
    [navigate, onOpenMilestone],
  );
  const stages = reference.data?.lifecycleStages ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Segmented
          data-testid="timeline-scope"
          value={effectiveScope}
          onChange={(v) => setScope(v as 'all' | 'linked')}
          options={[
            { value: 'all', label: t('timeline.scope.all') },
            { value: 'linked', label: t('timeline.scope.linked') },
          ]}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={t('timeline.taskGroups')}
          placeholder={t('timeline.taskGroups')}
          value={taskGroupCodes}
          onChange={setTaskGroups}
          options={(reference.data?.taskGroups ?? []).map((g) => ({ value: g.code, label: `${g.code}. ${reference.name('taskGroups', g.code)}` }))}
          style={{ width: 220 }}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={t('timeline.stages')}
          placeholder={t('timeline.stages')}
          value={stageCodes}
          onChange={setStages}
          options={stages.map((s) => ({ value: s.code, label: stageName(s.code) }))}
          style={{ width: 220 }}
        />
        <SearchBox placeholder={t('timeline.search')} width={220} onSearch={setSearch} />
      </Flex>
      <Legend stageName={stageName} stageCodes={stages.map((s) => s.code)} />
      <QueryView query={timeline}>
        {(data) => {
          if (data.projects.length === 0 && data.milestones.length === 0) return <Empty description={t('timeline.empty')} />;
          return (
            <>
              <Typography.Text type="secondary" data-testid="timeline-count">
                {t('timeline.shown', { shown: formatNumber(data.projects.length, 0), matching: formatNumber(data.projectsMatching, 0), total: formatNumber(data.projectsInFile, 0) })}
              </Typography.Text>
              {data.projectsMatching > data.projects.length && <Alert type="info" showIcon title={t('timeline.capped', { shown: formatNumber(data.projects.length, 0) })} />}
              <Drawn data={data} stageName={stageName} when={when} onOpen={onOpen} />
            </>
          );
        }}
      </QueryView>
    </Flex>
  );
}

function Drawn({ data, stageName, when, onOpen }: { data: Parameters<typeof layoutTimeline>[0]; stageName: (code: string) => string; when: ReturnType<typeof useWhen>; onOpen: (hit: TimelineHit) => void }) {
  const { t } = useTranslation('roadmap');
  // Re-measured with each answer: a notice above the chart (capped bars) moves it down.
  const [box, maxRows] = useRowsThatFit(data);
  const built = useMemo(() => timelineOption(layoutTimeline(data), data.asOf, maxRows, { t, stageName, when }), [data, maxRows, t, stageName, when]);
  return (
    <div ref={box}>
      <TimelineChart option={built.option} height={built.height} visibleRows={built.visibleRows} hit={built.hit} onOpen={onOpen} ariaLabel={t('timeline.chart')} title={t('timeline.title')} />
    </div>
  );
}

/**
 * As many rows as fit between the chart's top and the bottom of the window, so the whole chart is in view and the
 * mouse wheel scrolls its rows rather than the page; never fewer than 8.
 */
function useRowsThatFit(remeasureOn: unknown): [(element: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [rows, setRows] = useState(16);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const room = window.innerHeight - element.getBoundingClientRect().top - 24 - CHART_CHROME_PX;
      setRows(Math.max(8, Math.floor(room / ROW_PX)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [element, remeasureOn]);
  return [setElement, rows];
}

function Legend({ stageName, stageCodes }: { stageName: (code: string) => string; stageCodes: string[] }) {
  const { t } = useTranslation('roadmap');
  return (
    <Space wrap size={[4, 4]} data-testid="timeline-legend">
      <Typography.Text type="secondary">{t('timeline.legendStages')}:</Typography.Text>
      {stageCodes.map((code) => (
        <Tag key={code} style={{ background: stageColours[code]?.fill, borderColor: stageColours[code]?.stroke, color: '#262626' }}>
          {stageName(code)}
        </Tag>
      ))}
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        {t('timeline.legendStatus')}:
      </Typography.Text>
      {(['missed', 'at_risk', 'on_track', 'met', 'none'] as const).map((s) => (
        <Tag key={s} variant="outlined" style={{ borderColor: statusHex[s] }}>
          <span style={{ color: statusHex[s] }}>◆</span> {t(`status.${s}`)}
        </Tag>
      ))}
    </Space>
  );
}
