import { Alert, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison, ComparisonRow } from '../../../electron/api/schemas/submission';
import { formatDateTime, formatMillions, formatNumber, formatPercent } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { QueryView } from '../../components/QueryView';

const valueText = (row: ComparisonRow, value: number | null) => {
  if (value === null) return '—';
  if (row.unit === 'percent') return formatPercent(value, 1);
  if (row.unit === 'dong') return formatMillions(value);
  return formatNumber(value, 0);
};

function changeText(row: ComparisonRow, points: string) {
  if (row.change === null) return '—';
  const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '';
  const magnitude = Math.abs(row.change);
  const body = row.unit === 'percent' ? `${formatNumber(magnitude, 1)} ${points}` : row.unit === 'dong' ? formatMillions(magnitude) : formatNumber(magnitude, 0);
  return `${sign}${body}`;
}

/** This year's figures beside last year's: the frozen snapshot of last year's export where there is one. */
export function ComparisonTab({ year }: { year: number }) {
  const comparison = useApiQuery('submission.compare', { year });
  return <QueryView query={comparison}>{(data) => <ComparisonTable data={data} />}</QueryView>;
}

function ComparisonTable({ data }: { data: Comparison }) {
  const { t } = useTranslation('submission');
  const source =
    data.previousSource === 'frozen'
      ? t('compare.frozen', { year: data.previousYear, when: formatDateTime(data.previousExportedAt) })
      : t('compare.live', { year: data.previousYear });
  return (
    <Flex vertical gap={12} data-testid="comparison">
      <Alert type="info" showIcon title={source} data-testid="comparison-source" data-source={data.previousSource} />
      {(['targets', 'capital', 'institutions'] as const).map((group) => (
        <div key={group}>
          <Typography.Title level={5}>{t(`compare.groups.${group}`)}</Typography.Title>
          <Table<ComparisonRow>
            size="small"
            rowKey="key"
            pagination={false}
            data-testid={`comparison-${group}`}
            dataSource={data.rows.filter((r) => r.group === group)}
            columns={[
              { key: 'label', title: t('compare.figure'), render: (_, r) => (r.group === 'targets' ? r.label : t(`compare.rows.${r.key.replace(':', '_')}`, { defaultValue: r.label })) },
              { key: 'previous', title: String(data.previousYear), align: 'right', width: 150, render: (_, r) => valueText(r, r.previous) },
              { key: 'current', title: String(data.year), align: 'right', width: 150, render: (_, r) => valueText(r, r.current) },
              {
                key: 'change',
                title: t('compare.change'),
                align: 'right',
                width: 150,
                // Only attainment has a direction that is plainly better; capital and counts are shown without judging.
                render: (_, r) => (
                  <Typography.Text type={r.group !== 'targets' || !r.change ? undefined : r.change > 0 ? 'success' : 'danger'}>{changeText(r, t('compare.points'))}</Typography.Text>
                ),
              },
            ]}
          />
        </div>
      ))}
      <Typography.Text type="secondary">{t('compare.unitNote')}</Typography.Text>
    </Flex>
  );
}
