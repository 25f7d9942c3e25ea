import { Card, Col, Row, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../app/api-hooks';
import { QueryView } from '../../../components/QueryView';
import { useReference } from '../../../components/useReference';
import type { OnDrill, Period } from '../view';
import { type ChartClick, CapitalChart } from './CapitalChart';
import { bySourceOption, gapOption, measuresOption, treemapOption } from './chart-options';

/** The four capital charts of the period; a click opens the annual grid filtered to what was clicked. */
export function ChartsTab({ period, onDrill }: { period: Period; onDrill: OnDrill }) {
  const { t } = useTranslation('capital');
  const { name } = useReference();
  const data = useApiQuery('capital.charts', { fromYear: period.startYear, toYear: period.endYear });
  const unit = t('unit');
  const years = data.data?.years ?? [];
  const yearAt = useCallback((event: ChartClick) => years[event.dataIndex ?? -1], [years]);

  const options = useMemo(() => {
    if (!data.data) return null;
    const d = data.data;
    return {
      bySource: bySourceOption(d.years, d.bySourceYear, (code) => `${code} — ${name('capitalSources', code)}`, unit),
      measures: measuresOption(d.years, d.bySourceYear, { planned: t('measure.planned'), allocated: t('measure.allocated'), disbursed: t('measure.disbursed') }, unit),
      gap: gapOption(d.gapByYear, t('columns.gap'), unit),
      treemap: treemapOption(d.treemap, (code) => (code ? `${code}. ${name('taskGroups', code)}` : t('charts.noGroup'))),
    };
  }, [data.data, name, t, unit]);

  const onSource = useCallback((e: ChartClick) => e.seriesId && onDrill({ filters: { sourceCode: [e.seriesId] }, measure: 'allocated', year: yearAt(e) }), [onDrill, yearAt]);
  const onMeasure = useCallback(
    (e: ChartClick) => e.seriesId && onDrill({ filters: {}, measure: e.seriesId as 'planned' | 'allocated' | 'disbursed', year: yearAt(e) }),
    [onDrill, yearAt],
  );
  const onGap = useCallback((e: ChartClick) => {
    const year = yearAt(e);
    if (year !== undefined) onDrill({ filters: { gapYear: [year] }, measure: 'allocated', year });
  }, [onDrill, yearAt]);
  const onTreemap = useCallback(
    (e: ChartClick) => {
      const item = e.data as { projectId?: number; taskGroupCode?: string | null } | undefined;
      if (item?.projectId) onDrill({ filters: { projectId: [item.projectId] }, measure: 'allocated' });
      else if (item?.taskGroupCode) onDrill({ filters: { taskGroupCode: [item.taskGroupCode] }, measure: 'allocated' });
    },
    [onDrill],
  );

  return (
    <QueryView query={data}>
      {() =>
        options && (
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <Typography.Text type="secondary">{t('charts.hint')}</Typography.Text>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('charts.bySource')}>
                <CapitalChart testId="capital-chart-sources" ariaLabel={t('charts.bySourceLabel')} option={options.bySource} onClick={onSource} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('charts.measures')}>
                <CapitalChart testId="capital-chart-measures" ariaLabel={t('charts.measuresLabel')} option={options.measures} onClick={onMeasure} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('charts.gap')}>
                <CapitalChart testId="capital-chart-gap" ariaLabel={t('charts.gapLabel')} option={options.gap} onClick={onGap} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('charts.treemap')}>
                <CapitalChart testId="capital-chart-treemap" ariaLabel={t('charts.treemapLabel')} option={options.treemap} onClick={onTreemap} />
              </Card>
            </Col>
          </Row>
        )
      }
    </QueryView>
  );
}
