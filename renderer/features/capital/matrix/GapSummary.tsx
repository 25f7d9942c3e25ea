import { Alert, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMillions } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { type Period, yearsOf } from '../view';

/** The funding gap of approved projects, in total and per year of the period; refreshes after every change. */
export function GapSummary({ period }: { period: Period }) {
  const { t } = useTranslation('capital');
  const gap = useApiQuery('capital.fundingGap', { withProjects: false });
  if (!gap.data) return null;
  const byYear = new Map<number, number>();
  for (const cell of gap.data.byYearSource) byYear.set(cell.year, (byYear.get(cell.year) ?? 0) + cell.gapDong);
  if (gap.data.totalDong === 0) return <Alert type="success" showIcon title={t('gap.none')} data-testid="capital-gap" />;
  return (
    <Flex gap={8} align="center" wrap data-testid="capital-gap">
      <Tooltip title={t('gap.definition')}>
        <Typography.Text strong data-testid="capital-gap-total">
          {t('gap.total', { amount: formatMillions(gap.data.totalDong) })}
        </Typography.Text>
      </Tooltip>
      {yearsOf(period).map((year) => (
        <Tag key={year} color={(byYear.get(year) ?? 0) > 0 ? 'orange' : 'default'} data-testid={`capital-gap-${year}`}>
          {t('gap.byYear', { year, amount: formatMillions(byYear.get(year) ?? 0) })}
        </Tag>
      ))}
    </Flex>
  );
}
