import { Flex, Select, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { AssessmentTab } from './assessment/AssessmentTab';
import { InstitutionDrawer } from './assessment/InstitutionDrawer';
import { AttainmentTab } from './attainment/AttainmentTab';
import { CompletenessTab } from './completeness/CompletenessTab';
import { TargetsTab } from './targets/TargetsTab';
import { TrajectoriesTab } from './trajectory/TrajectoriesTab';
import { WorkbooksTab } from './workbooks/WorkbooksTab';
import { TARGET_TABS, targetsLinkOf, type TargetsTabKey } from './link-params';

const YEARS = Array.from({ length: 9 }, (_, i) => 2022 + i);
// The year in progress while the programme runs; outside it, its nearest end.
const defaultYear = () => Math.min(2030, Math.max(2022, new Date().getFullYear()));

type TabKey = TargetsTabKey;

/** Targets & assessment: the targets, the year's figures per institution, attainment, completeness, workbooks. */
export function TargetsPage() {
  // The view reads its link once; another link to this page (back, forward, followed from here) opens it afresh.
  const { search } = useLocation();
  return <TargetsView key={search} />;
}

function TargetsView() {
  const { t } = useTranslation('targets');
  const { t: tOverview } = useTranslation('overview');
  // The dashboard and the submission's pre-flight open this page on a tab, a year and what to look at
  // (#/targets?tab=assessment&year=2025&institution=12); read once, the page's controls take over after.
  const [params] = useSearchParams();
  const [link, setLink] = useState(() => targetsLinkOf(params, YEARS));
  const [year, setYear] = useState(() => link.year ?? defaultYear());
  const [tab, setTab] = useState<TabKey>(() => link.tab ?? TARGET_TABS[0]);
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
        onChange={(key) => {
          setTab(key as TabKey);
          // Moving to another tab is moving on: coming back shows the tab plain, not the linked record again.
          setLink((l) => ({ ...l, institutionId: null, notApproved: false, targetId: null }));
        }}
        tabBarExtraContent={tab === 'targets' || tab === 'trajectories' ? null : yearSelect}
        destroyOnHidden
        items={[
          { key: 'targets', label: t('tabs.targets'), children: <TargetsTab openId={link.tab === 'targets' ? link.targetId : null} year={link.year} /> },
          {
            key: 'assessment',
            label: t('tabs.assessment', { year }),
            children: <AssessmentTab year={year} onOpen={openInstitution} only={link.tab === 'assessment' ? link.institutionId : null} notApproved={link.tab === 'assessment' && link.notApproved} />,
          },
          { key: 'attainment', label: t('tabs.attainment'), children: <AttainmentTab year={year} linked={link.tab === 'attainment' ? link.targetId : null} /> },
          { key: 'completeness', label: t('tabs.completeness'), children: <CompletenessTab year={year} onOpen={openInstitution} /> },
          { key: 'workbooks', label: t('tabs.workbooks'), children: <WorkbooksTab year={year} /> },
          { key: 'trajectories', label: tOverview('trajectory.tab'), children: <TrajectoriesTab /> },
        ].map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
      {open && <InstitutionDrawer year={year} institutionId={open.institutionId} focus={open.focus} onClose={() => setOpen(null)} />}
    </Page>
  );
}
