import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewSummary } from '../../../electron/api/schemas/overview';
import { formatMillions, formatNumber } from '../../../electron/api/text/format';

/** The headline counts of the file. */
export function StatCards({ summary }: { summary: OverviewSummary }) {
  const { t } = useTranslation('overview');
  const integer = (value: number) => () => formatNumber(value, 0);
  const cards = [
    {
      key: 'institutions',
      title: t('stats.institutions'),
      formatter: integer(summary.institutions.active),
      footer: t('stats.institutionsOf', { total: formatNumber(summary.institutions.total, 0) }),
    },
    { key: 'projects', title: t('stats.projects'), formatter: integer(summary.projects.total) },
    {
      key: 'investment',
      title: t('stats.investment'),
      formatter: () => formatMillions(summary.projects.totalInvestmentDong),
      footer: t('stats.millionDong'),
    },
    { key: 'milestones', title: t('stats.milestones'), formatter: integer(summary.milestones.total) },
    { key: 'awareness', title: t('stats.awareness'), formatter: integer(summary.awarenessActivities) },
    { key: 'changes', title: t('stats.changes'), formatter: integer(summary.recordedChanges) },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} lg={8} xl={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`overview-stat-${card.key}`}>
            <Statistic title={card.title} value={0} formatter={card.formatter} />
            {card.footer && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 2 }}>{card.footer}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
