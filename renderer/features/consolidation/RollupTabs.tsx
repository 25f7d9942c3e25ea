import { Card, Flex, Select, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rollup } from '../../../electron/api/schemas/consolidation';
import { Chart } from '../../components/Chart';
import { DataGrid } from '../../components/DataGrid';
import { useLabel } from '../../i18n/useLabel';
import { capitalByUnitOption, sourcesOption, targetsOption, targetUnitsOption, typesOption } from './chart-options';
import { capitalColumns, provinceColumns, targetColumns, typeColumns } from './columns';

type ProvinceRow = Rollup['byProvince'][number];

/** The roll-up's grids and charts: by province, by target, capital by source and institutions by type. */
export function RollupTabs({ rollup }: { rollup: Rollup }) {
  const { t } = useTranslation('consolidation');
  const label = useLabel();
  const { year } = rollup;
  const unit = t('rollup.unitMillions');
  const columns = useMemo(
    () => ({ province: provinceColumns(t), target: targetColumns(t, label), capital: capitalColumns(t), types: typeColumns(t) }),
    [t, label],
  );
  const totalRow: ProvinceRow = { unit: t('rollup.total'), kind: 'unknown', packages: [], ...rollup.totals };
  const [targetCode, setTargetCode] = useState<string | null>(null);
  const shownTarget = rollup.byTarget.find((r) => r.code === targetCode) ?? rollup.byTarget[0];

  const byProvince = (
    <Flex vertical gap={12}>
      <DataGrid
        mode="client"
        testId="rollup-province-grid"
        ariaLabel={t('rollup.gridProvince', { year })}
        columns={columns.province}
        rows={rollup.byProvince}
        pinnedBottomRows={[totalRow]}
        getRowId={(r) => r.unit}
        height="auto"
      />
      <Card size="small" title={t('rollup.chartCapital', { year })}>
        <Chart
          testId="rollup-capital-chart"
          ariaLabel={t('rollup.chartCapitalLabel', { year })}
          option={capitalByUnitOption(rollup, { planned: t('rollup.seriesPlanned'), disbursed: t('rollup.seriesDisbursed') }, unit)}
        />
      </Card>
    </Flex>
  );

  const byTarget = (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('rollup.ratioNote')}</Typography.Text>
      <DataGrid mode="client" testId="rollup-target-grid" ariaLabel={t('rollup.gridTarget', { year })} columns={columns.target} rows={rollup.byTarget} getRowId={(r) => r.code} />
      <Flex gap={12} wrap>
        <Card size="small" title={t('rollup.chartTargets', { year })} style={{ flex: '1 1 420px' }}>
          <Chart
            testId="rollup-targets-chart"
            ariaLabel={t('rollup.chartTargetsLabel')}
            option={targetsOption(rollup, { attainment: t('rollup.seriesAttainment'), goal: t('rollup.seriesGoal') })}
          />
        </Card>
        {shownTarget && (
          <Card
            size="small"
            style={{ flex: '1 1 420px' }}
            title={t('rollup.chartTargetUnits', { code: shownTarget.code })}
            extra={
              <Select
                size="small"
                style={{ width: 120 }}
                value={shownTarget.code}
                onChange={setTargetCode}
                options={rollup.byTarget.map((r) => ({ value: r.code, label: r.code }))}
                data-testid="rollup-target-choice"
              />
            }
          >
            <Chart testId="rollup-target-units-chart" ariaLabel={t('rollup.chartTargetUnitsLabel', { code: shownTarget.code })} option={targetUnitsOption(shownTarget, t('rollup.seriesAttainment'))} />
          </Card>
        )}
      </Flex>
    </Flex>
  );

  const capital = (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <div style={{ flex: '2 1 520px' }}>
          <DataGrid mode="client" testId="rollup-capital-grid" ariaLabel={t('rollup.gridCapital')} columns={columns.capital} rows={rollup.capitalBySourceAndYear} getRowId={(r) => `${r.sourceCode}-${r.year}`} />
        </div>
        <div style={{ flex: '1 1 320px' }}>
          <DataGrid mode="client" testId="rollup-types-grid" ariaLabel={t('rollup.gridTypes')} columns={columns.types} rows={rollup.institutionsByType} getRowId={(r) => r.typeCode} />
        </div>
      </Flex>
      <Flex gap={12} wrap>
        <Card size="small" title={t('rollup.chartSources')} style={{ flex: '1 1 420px' }}>
          <Chart testId="rollup-sources-chart" ariaLabel={t('rollup.chartSourcesLabel')} option={sourcesOption(rollup, unit)} />
        </Card>
        <Card size="small" title={t('rollup.chartTypes')} style={{ flex: '1 1 360px' }}>
          <Chart testId="rollup-types-chart" ariaLabel={t('rollup.chartTypesLabel')} option={typesOption(rollup)} />
        </Card>
      </Flex>
    </Flex>
  );

  return (
    <Tabs
      data-testid="rollup-tabs"
      items={[
        { key: 'province', label: t('rollup.tabProvince'), children: byProvince },
        { key: 'target', label: t('rollup.tabTarget'), children: byTarget },
        { key: 'capital', label: t('rollup.tabCapital'), children: capital },
      ]}
    />
  );
}
