import { Card, Flex, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttainmentRow } from '../../../../electron/api/schemas/assessment';
import { useApiQuery } from '../../../app/api-hooks';
import { Chart } from '../../../components/Chart';
import { DataGrid } from '../../../components/DataGrid';
import { QueryView } from '../../../components/QueryView';
import { useLabel } from '../../../i18n/useLabel';
import { attainmentColumns, MARKED_CLASS, markTarget } from './attainment-columns';
import { TargetSelect } from '../TargetSelect';
import { attainmentOption } from './chart-options';
import { IntroWithApprovedOnly } from '../IntroWithApprovedOnly';

const rowId = (row: AttainmentRow) => String(row.targetId);

/** Province attainment of every target in the year, its gap to the year's target, and one target over the years. */
export function AttainmentTab({ year, linked = null }: { year: number; linked?: number | null }) {
  const { t } = useTranslation('targets', { keyPrefix: 'attainment' });
  const { t: tTargets } = useTranslation('targets', { keyPrefix: 'targets' });
  const label = useLabel();
  const [approvedOnly, setApprovedOnly] = useState(false);
  const attainment = useApiQuery('assessment.attainment', { year, approvedOnly });
  const series = useApiQuery('assessment.attainmentSeries', { fromYear: 2022, toYear: 2030, approvedOnly });
  // A target bar of the dashboard or a pre-flight check opens this tab on that target (#/targets?tab=attainment&target=10):
  // its row is marked and scrolled to, and it is the target charted.
  const [chosen, setChosen] = useState<number | null>(linked);
  const milestone = useMemo(() => (code: string) => tTargets(`milestone.${code}`, { defaultValue: code }), [tTargets]);
  const columns = useMemo(() => markTarget(attainmentColumns(t, label, milestone), linked), [t, label, milestone, linked]);
  const loaded = attainment.data !== undefined;
  useEffect(() => {
    if (!loaded || linked === null) return;
    const frame = window.requestAnimationFrame(() => document.querySelector(`[data-testid="attainment-grid"] .${MARKED_CLASS}`)?.scrollIntoView({ block: 'center' }));
    return () => window.cancelAnimationFrame(frame);
  }, [loaded, linked]);
  const measured = series.data?.targets ?? [];
  const shown = measured.find((s) => s.targetId === chosen) ?? measured[0];
  const option = useMemo(() => (shown ? attainmentOption(shown, { actual: t('seriesActual'), target: t('seriesTarget') }) : null), [shown, t]);

  return (
    <Flex vertical gap={16}>
      <IntroWithApprovedOnly intro={t('intro')} label={t('approvedOnly')} approvedOnly={approvedOnly} onChange={setApprovedOnly} testId="attainment-approved-only" maxWidth={900} />
      <QueryView query={attainment}>
        {(data) => (
          <DataGrid mode="client" testId="attainment-grid" ariaLabel={t('grid', { year })} columns={columns} rows={data.rows} getRowId={rowId} />
        )}
      </QueryView>
      {shown && option && (
        <Card
          size="small"
          title={t('chart')}
          extra={
<TargetSelect targets={measured} value={shown.targetId} onChange={setChosen} testId="attainment-chart-target" ariaLabel={t('chartTarget')} width={360} />
          }
        >
          <Chart testId="attainment-chart" ariaLabel={t('chartLabel', { code: shown.code })} option={option} height={320} />
          <Typography.Text type="secondary">{t('interpolatedNote')}</Typography.Text>
        </Card>
      )}
    </Flex>
  );
}
