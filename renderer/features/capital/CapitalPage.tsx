import { Badge, Flex, Segmented, Tabs } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { CapitalMeasure } from '../../../electron/api/schemas/capital';
import { useApiQuery } from '../../app/api-hooks';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { ChartsTab } from './charts/ChartsTab';
import { ChecksTab } from './checks/ChecksTab';
import { ExportPlanButton } from './ExportPlanButton';
import { MatrixTab } from './matrix/MatrixTab';
import { MediumTermTab } from './medium/MediumTermTab';
import { VersionsTab } from './versions/VersionsTab';
import { type CapitalTab, capitalLinkOf } from './link-params';
import { type Drill, type Filters, type Period, periodOf } from './view';

type Tab = CapitalTab;

/** Capital plans: the annual matrix, medium-term plans, checks, versions and charts over one plan period. */
export function CapitalPage() {
  const { t } = useTranslation('capital');
  const periods = useApiQuery('capital.periods', {});
  // The tabs read their link once; another link to this page (back, forward, followed from here) opens them afresh.
  const { search } = useLocation();
  return (
    <Page name="capital" title={t('title')} intro={t('intro')} fill>
      <QueryView query={periods}>{(list) => (list.length ? <CapitalTabs key={search} periods={list} /> : null)}</QueryView>
    </Page>
  );
}

function CapitalTabs({ periods }: { periods: Period[] }) {
  const { t } = useTranslation('capital');
  const thisYear = new Date().getFullYear();
  const [params] = useSearchParams();
  const [link] = useState(() => capitalLinkOf(params));
  const [periodCode, setPeriodCode] = useState(() => periodOf(periods, link.year ?? thisYear)?.code ?? periods[0]!.code);
  const period = periods.find((p) => p.code === periodCode) ?? periods[0]!;
  const [tab, setTab] = useState<Tab>(link.tab ?? 'annual');
  const [measure, setMeasure] = useState<CapitalMeasure>(link.measure ?? 'planned');
  const [filters, setFilters] = useState<Filters>(link.filters);
  const [drillLabel, setDrillLabel] = useState<string | null>(link.label);
  const checkYear = Math.min(Math.max(thisYear, period.startYear), period.endYear);
  // The badge waits until the matrix has had the bridge to itself: the checks read every allocation.
  const [badgeReady, setBadgeReady] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setBadgeReady(true), 1500);
    return () => window.clearTimeout(timer);
  }, []);
  const checks = useApiQuery('capital.checks', { year: checkYear }, { enabled: badgeReady || tab === 'checks' });

  const drill = useCallback(
    (to: Drill) => {
      if (to.year !== undefined) {
        const target = periodOf(periods, to.year);
        if (target) setPeriodCode(target.code);
      }
      if (to.measure) setMeasure(to.measure);
      setFilters(to.filters);
      setDrillLabel(to.label ?? null);
      setTab('annual');
      // A chart or a check far down the page opens the grid at the top of the page, where the filter shows.
      window.requestAnimationFrame(() => document.querySelector('[data-testid="page-capital"]')?.scrollIntoView({ block: 'start' }));
    },
    [periods],
  );

  const errors = checks.data?.issues.filter((i) => i.severity !== 'info').length ?? 0;
  const items = useMemo(
    () => [
      { key: 'annual', label: t('tabs.annual'), children: <MatrixTab period={period} measure={measure} onMeasure={setMeasure} filters={filters} onFilters={setFilters} drillLabel={drillLabel} /> },
      { key: 'medium', label: t('tabs.medium'), children: <MediumTermTab /> },
      {
        key: 'checks',
        label: (
          <Badge count={errors} size="small" offset={[10, -2]} overflowCount={999}>
            <span data-testid="capital-tab-checks">{t('tabs.checks')}</span>
          </Badge>
        ),
        children: <ChecksTab year={checkYear} onDrill={drill} kind={link.kind} />,
      },
      { key: 'versions', label: t('tabs.versions'), children: <VersionsTab period={period} /> },
      { key: 'charts', label: t('tabs.charts'), children: <ChartsTab period={period} onDrill={drill} /> },
    ],
    [t, period, measure, filters, drillLabel, errors, checkYear, drill],
  );

  return (
    <Flex vertical gap={8} style={{ flex: 1, minHeight: 0 }}>
      <Flex gap={12} align="center" wrap>
        <span>{t('period')}</span>
        <Segmented
          data-testid="capital-period"
          value={period.code}
          onChange={(code) => setPeriodCode(String(code))}
          options={periods.map((p) => ({ value: p.code, label: `${p.startYear}–${p.endYear}` }))}
        />
        <div style={{ flex: 1 }} />
        <ExportPlanButton period={period} />
      </Flex>
      <Tabs
        data-testid="capital-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={items}
        destroyOnHidden
        className="capital-tabs"
        style={{ flex: 1, minHeight: 0 }}
      />
    </Flex>
  );
}
