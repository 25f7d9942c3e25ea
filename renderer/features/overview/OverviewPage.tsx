import { Alert, Card, Col, Empty, Flex, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewSummary } from '../../../electron/api/schemas/overview';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { Chart } from '../../components/Chart';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useReference } from '../../components/useReference';
import { MilestoneStatusTag, milestoneStatuses } from '../roadmap/status';
import { capitalByYearOption } from './chart-options';
import { CountList } from './CountList';
import { StatCards } from './StatCards';

// The file counts statuses in code order; people read them in the order a milestone moves through, unassessed last.
const statusOrder: readonly string[] = [...milestoneStatuses, 'none'];
const byStatusOrder = <R extends { code: string }>(rows: readonly R[]) =>
  [...rows].sort((a, b) => rank(a.code) - rank(b.code));
const rank = (code: string) => (statusOrder.includes(code) ? statusOrder.indexOf(code) : statusOrder.length);

/** What the open file holds, in counts, lists and one chart; a sample file says so first. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const summary = useApiQuery('overview.getSummary', {});
  return (
    <Page name="overview" title={t('title')} intro={t('intro')}>
      <QueryView query={summary}>{(data) => <OverviewBody summary={data} />}</QueryView>
    </Page>
  );
}

function OverviewBody({ summary }: { summary: OverviewSummary }) {
  const { t } = useTranslation('overview');
  const { name } = useReference();
  const option = useMemo(
    () => capitalByYearOption(summary.capitalByYear, { allocated: t('allocated'), disbursed: t('disbursed'), unit: t('unit') }),
    [summary.capitalByYear, t],
  );
  const counted = (list: Parameters<typeof name>[0], rows: OverviewSummary['projects']['byStage']) =>
    rows.map((row) => ({ key: row.code, label: name(list, row.code), count: row.count }));

  return (
    <Flex vertical gap={16}>
      {summary.isSample && (
        <Alert type="warning" showIcon data-testid="sample-banner" title={t('sampleTitle')} description={t('sampleText')} />
      )}
      <StatCards summary={summary} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('byType')}>
              <CountList testId="overview-by-type" items={counted('institutionTypes', summary.institutions.byType)} />
            </Card>
            <Card size="small" title={t('byOwnership')}>
              <CountList testId="overview-by-ownership" items={counted('ownershipKinds', summary.institutions.byOwnership)} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('byStage')} style={{ height: '100%' }}>
            <CountList testId="overview-by-stage" items={counted('lifecycleStages', summary.projects.byStage)} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('assessments')}>
              <CountList
                testId="overview-assessments"
                empty={t('noAssessments')}
                items={summary.assessmentYears.map((row) => ({
                  key: String(row.year),
                  label: t('yearLabel', { year: row.year }),
                  count: t('assessmentRow', {
                    institutions: formatNumber(row.institutions, 0),
                    values: formatNumber(row.values, 0),
                  }),
                }))}
              />
            </Card>
            <Card size="small" title={t('milestones')}>
              <CountList
                testId="overview-milestones"
                empty={t('noMilestones')}
                items={byStatusOrder(summary.milestones.byStatus).map((row) => ({
                  key: row.code,
                  label: <MilestoneStatusTag status={row.code === 'none' ? null : row.code} />,
                  count: row.count,
                }))}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
      <Card size="small" title={t('capital')}>
        {summary.capitalByYear.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCapital')} />
        ) : (
          <Chart testId="overview-capital-chart" ariaLabel={t('capitalChart')} option={option} height={320} />
        )}
      </Card>
    </Flex>
  );
}
