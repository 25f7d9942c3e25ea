import { Flex, Select, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { AssessmentTab } from './assessment/AssessmentTab';
import { InstitutionDrawer } from './assessment/InstitutionDrawer';
import { AttainmentTab } from './attainment/AttainmentTab';
import { CompletenessTab } from './completeness/CompletenessTab';
import { TargetsTab } from './targets/TargetsTab';
import { TrajectoriesTab } from './trajectory/TrajectoriesTab';
import { WorkbooksTab } from './workbooks/WorkbooksTab';

const YEARS = Array.from({ length: 9 }, (_, i) => 2022 + i);
// The year in progress while the programme runs; outside it, its nearest end.
const defaultYear = () => Math.min(2030, Math.max(2022, new Date().getFullYear()));

type TabKey = 'targets' | 'assessment' | 'attainment' | 'completeness' | 'workbooks' | 'trajectories';
const TAB_KEYS: readonly string[] = ['targets', 'assessment', 'attainment', 'completeness', 'workbooks', 'trajectories'];

/** Targets & assessment: the targets, the year's figures per institution, attainment, completeness, workbooks. */
export function TargetsPage() {
  const { t } = useTranslation('targets');
  const { t: tOverview } = useTranslation('overview');
  // The dashboard opens this page on a tab and year (#/targets?tab=attainment&year=2026).
  const [params] = useSearchParams();
  const [year, setYear] = useState(() => (YEARS.includes(Number(params.get('year'))) ? Number(params.get('year')) : defaultYear()));
  const [tab, setTab] = useState<TabKey>(() => (TAB_KEYS.includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'targets'));
  const [open, setOpen] = useState<{ institutionId: number; focus: string | null } | null>(null);
  const openInstitution = useCallback((institutionId: number, focus: string | null = null) => setOpen({ institutionId, focus }), []);

  const yearSelect = (
    <Flex gap={8} align="center">
      <span>{t('year')}</span>
      <Select
        value={year}
        onChange={setYear}
        style={{ width: 96 }}
        aria-label={t('year')}
        data-testid="assessment-year"
        options={YEARS.map((y) => ({ value: y, label: String(y) }))}
      />
    </Flex>
  );

  return (
    <Page name="targets" title={t('title')} intro={t('intro')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        tabBarExtraContent={tab === 'targets' || tab === 'trajectories' ? null : yearSelect}
        destroyOnHidden
        items={[
          { key: 'targets', label: t('tabs.targets'), children: <TargetsTab /> },
          { key: 'assessment', label: t('tabs.assessment', { year }), children: <AssessmentTab year={year} onOpen={openInstitution} /> },
          { key: 'attainment', label: t('tabs.attainment'), children: <AttainmentTab year={year} /> },
          { key: 'completeness', label: t('tabs.completeness'), children: <CompletenessTab year={year} onOpen={openInstitution} /> },
          { key: 'workbooks', label: t('tabs.workbooks'), children: <WorkbooksTab year={year} /> },
          { key: 'trajectories', label: tOverview('trajectory.tab'), children: <TrajectoriesTab /> },
        ].map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
      {open && <InstitutionDrawer year={year} institutionId={open.institutionId} focus={open.focus} onClose={() => setOpen(null)} />}
    </Page>
  );
}
