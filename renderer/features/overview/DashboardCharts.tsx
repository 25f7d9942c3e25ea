import { Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DashboardSummary } from '../../../electron/api/schemas/dashboard';
import { Chart, type ChartClick } from '../../components/Chart';
import { useReference } from '../../components/useReference';
import { attainmentByTargetOption, capitalBySourceOption, gapByYearOption, readinessOption } from './chart-options';
import { links } from './links';

const HEIGHT = 300;

/** The four dashboard charts; a click on a bar opens the grid behind it, filtered to what was clicked. */
export function DashboardCharts({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation('overview');
  // The reference's `label` and `name` stay the same between renders: options rebuilt on every render would make
  // ECharts draw (and animate) the charts again whenever the page re-renders, under the user's pointer.
  const { name, label } = useReference();
  const navigate = useNavigate();
  const { year, charts } = summary;
  const unit = t('charts.unit');

  const options = useMemo(
    () => ({
      attainment: attainmentByTargetOption(charts.attainmentByTarget, {
        actual: t('charts.attainmentActual', { year }),
        target: t('charts.attainmentTarget', { year }),
        name: label,
      }),
      readiness: readinessOption(charts.readiness.bands, (band) => t(`bands.${band}`), t('charts.readinessUnit')),
      capital: capitalBySourceOption(charts.capitalBySourceYear, (code) => `${code} — ${name('capitalSources', code)}`, unit),
      gap: gapByYearOption(charts.gapByYear, t('charts.gapSeries'), unit),
    }),
    [charts, year, t, label, name, unit],
  );

  const onAttainment = useCallback(
    (e: ChartClick) => {
      const row = charts.attainmentByTarget[e.dataIndex ?? -1];
      if (row) navigate(links.attainment(year, row.targetId));
    },
    [charts.attainmentByTarget, navigate, year],
  );
  const onReadiness = useCallback(
    (e: ChartClick) => {
      const band = charts.readiness.bands[e.dataIndex ?? -1]?.band;
      if (band) navigate(links.readiness(year, band));
    },
    [charts.readiness.bands, navigate, year],
  );
  const onCapital = useCallback(
    (e: ChartClick) => {
      const at = charts.capitalBySourceYear.years[e.dataIndex ?? -1];
      if (at !== undefined && e.seriesId) navigate(links.capitalSource(at, e.seriesId));
    },
    [charts.capitalBySourceYear.years, navigate],
  );
  const onGap = useCallback(
    (e: ChartClick) => {
      const row = charts.gapByYear[e.dataIndex ?? -1];
      if (row && row.gapDong > 0) navigate(links.gap([row.year], row.year));
    },
    [charts.gapByYear, navigate],
  );

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('charts.noData')} />;
  const attainmentTitle = t('charts.attainment', { year });
  const readinessTitle = t('charts.readiness', { year });
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Typography.Text type="secondary">{t('charts.hint')}</Typography.Text>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={attainmentTitle} style={{ height: '100%' }}>
          {charts.attainmentByTarget.length === 0 ? empty : (
            <>
              <Chart testId="dashboard-chart-attainment" ariaLabel={t('charts.attainmentLabel', { year })} title={attainmentTitle} option={options.attainment} height={HEIGHT} onClick={onAttainment} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('charts.attainmentNote')}
              </Typography.Text>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={readinessTitle} style={{ height: '100%' }}>
          {charts.readiness.institutions === 0 ? empty : (
            <>
              <Chart testId="dashboard-chart-readiness" ariaLabel={t('charts.readinessLabel', { year })} title={readinessTitle} option={options.readiness} height={HEIGHT} onClick={onReadiness} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="readiness-definition">
                {t('charts.readinessDefinition', { count: charts.readiness.components, year })}
              </Typography.Text>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('charts.capital')} style={{ height: '100%' }}>
          {charts.capitalBySourceYear.cells.length === 0 ? empty : (
            <Chart testId="dashboard-chart-capital" ariaLabel={t('charts.capitalLabel')} title={t('charts.capital')} option={options.capital} height={HEIGHT} onClick={onCapital} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('charts.gap')} style={{ height: '100%' }}>
          {charts.gapByYear.length === 0 ? empty : (
            <Chart testId="dashboard-chart-gap" ariaLabel={t('charts.gapLabel')} title={t('charts.gap')} option={options.gap} height={HEIGHT} onClick={onGap} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
