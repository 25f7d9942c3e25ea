import { Flex, Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SubmissionYears } from '../../../electron/api/schemas/submission';
import { useApiQuery } from '../../app/api-hooks';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { ComparisonTab } from './ComparisonTab';
import { ExportsHistory } from './ExportsHistory';
import { PAGE_TABS, type PageTab, WIZARD_STEPS, type WizardStep } from './links';
import { StateTag } from './StateTag';
import { Wizard } from './Wizard';

/**
 * The annual submission to the ministry. The year, tab and wizard step live in the address (?year=…&step=…), so a
 * pre-flight check can link straight to the place that fixes it and the page opens where it was left.
 */
export function SubmissionPage() {
  const { t } = useTranslation('submission');
  const years = useApiQuery('submission.years', {});
  return (
    <Page name="submission" title={t('title')} intro={t('intro')}>
      <QueryView query={years}>{(data) => <SubmissionWorkspace years={data} />}</QueryView>
    </Page>
  );
}

function SubmissionWorkspace({ years }: { years: SubmissionYears }) {
  const { t } = useTranslation('submission');
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = years.years.some((y) => y.year === asked) ? asked : years.suggested;
  const tab: PageTab = (PAGE_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as PageTab) : 'wizard';
  const step: WizardStep = (WIZARD_STEPS as readonly string[]).includes(params.get('step') ?? '') ? (params.get('step') as WizardStep) : 'year';
  const go = (next: { year?: number; tab?: PageTab; step?: WizardStep; section?: string | null }) => {
    const out = new URLSearchParams();
    out.set('year', String(next.year ?? year));
    out.set('tab', next.tab ?? tab);
    out.set('step', next.step ?? step);
    const section = next.section === undefined ? params.get('section') : next.section;
    if (section) out.set('section', section);
    setParams(out);
  };
  const row = years.years.find((y) => y.year === year);
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Typography.Text strong>{t('yearPicker')}</Typography.Text>
        <Select
          data-testid="submission-year"
          aria-label={t('yearPicker')}
          value={year}
          style={{ width: 110 }}
          onChange={(value) => go({ year: value, step: 'year', section: null })}
          options={years.years.map((y) => ({ value: y.year, label: String(y.year) }))}
        />
        <StateTag state={row?.state ?? null} />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key as PageTab })}
        items={[
          { key: 'wizard', label: t('tabs.wizard'), children: <Wizard year={year} step={step} section={params.get('section')} go={go} yearRows={years.years} /> },
          { key: 'history', label: t('tabs.history'), children: <ExportsHistory /> },
          { key: 'compare', label: t('tabs.compare', { year, previous: year - 1 }), children: <ComparisonTab year={year} /> },
        ]}
      />
    </Flex>
  );
}
