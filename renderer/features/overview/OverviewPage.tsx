import { Alert, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../electron/api/schemas/dashboard';
import { formatDate } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { DashboardCharts } from './DashboardCharts';
import { DashboardTiles } from './DashboardTiles';

/** The dashboard: is the province on track for this year and for 2030, and what is missing; one call draws it. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  // Undefined: the service picks the latest year with assessment figures.
  const [year, setYear] = useState<number | undefined>(undefined);
  const summary = useApiQuery('dashboard.getSummary', year === undefined ? {} : { year });
  return (
    <Page name="overview" title={t('title')} intro={t('intro')}>
      <QueryView query={summary}>{(data) => <Dashboard summary={data} onYear={setYear} />}</QueryView>
    </Page>
  );
}

function Dashboard({ summary, onYear }: { summary: DashboardSummary; onYear: (year: number) => void }) {
  const { t } = useTranslation('overview');
  return (
    <Flex vertical gap={16} data-testid="dashboard" data-year={summary.year}>
      {summary.isSample && <Alert type="warning" showIcon data-testid="sample-banner" title={t('sampleTitle')} description={t('sampleText')} />}
      <Flex gap={12} align="center" wrap>
        <span>{t('year')}</span>
        <Select
          data-testid="dashboard-year"
          aria-label={t('year')}
          value={summary.year}
          onChange={onYear}
          style={{ width: 96 }}
          options={summary.years.map((y) => ({ value: y, label: String(y) }))}
        />
        <Typography.Text type="secondary">
          {summary.latestAssessmentYear === null ? t('noAssessmentYet') : t('yearHint', { year: summary.latestAssessmentYear })} {t('asOf', { date: formatDate(summary.asOf) })}
        </Typography.Text>
      </Flex>
      <DashboardTiles summary={summary} />
      <DashboardCharts summary={summary} />
    </Flex>
  );
}
