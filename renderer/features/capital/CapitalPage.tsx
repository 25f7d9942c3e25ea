import { Card, Empty, Flex, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalCell } from '../../../electron/api/schemas/registers';
import { useApiQuery } from '../../app/api-hooks';
import { Chart } from '../../components/Chart';
import { DataGrid } from '../../components/DataGrid';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useReference } from '../../components/useReference';
import { stackedSourcesOption } from './chart-options';
import { sourceColumns, yearTotalColumns } from './columns';
import { type Measure, measures, sourceCodes, sourceMatrix, yearTotals } from './matrix';

const rowKey = (row: { year: number | null }) => String(row.year ?? 'total');

/** Capital by year and source (allocated, initial plan, disbursed), as tables and a stacked bar chart; read-only. */
export function CapitalPage() {
  const { t } = useTranslation('capital');
  const cells = useApiQuery('capital.listByYearAndSource', {});
  return (
    <Page name="capital" title={t('title')} intro={t('intro')}>
      <QueryView query={cells}>{(data) => (data.length === 0 ? <Empty description={t('empty')} /> : <CapitalTables cells={data} />)}</QueryView>
    </Page>
  );
}

function CapitalTables({ cells }: { cells: CapitalCell[] }) {
  const { t } = useTranslation('capital');
  const reference = useReference();
  const { name } = reference;
  const [measure, setMeasure] = useState<Measure>('adjustedDong');

  const sources = useMemo(() => sourceCodes(cells, reference.data?.capitalSources ?? []), [cells, reference.data]);
  const matrix = useMemo(() => sourceMatrix(cells, sources, measure), [cells, sources, measure]);
  const totals = useMemo(() => yearTotals(cells), [cells]);
  // Stable arrays: a new array on every render would make the grid rebuild its pinned rows.
  const matrixPinned = useMemo(() => [matrix.totals], [matrix]);
  const totalsPinned = useMemo(() => [totals.totals], [totals]);
  const sourceName = useMemo(() => (code: string) => name('capitalSources', code), [name]);
  const matrixColumns = useMemo(() => sourceColumns(t, sources, sourceName), [t, sources, sourceName]);
  const totalColumns = useMemo(() => yearTotalColumns(t), [t]);
  const option = useMemo(
    () => stackedSourcesOption(matrix.rows, sources, { source: sourceName, unit: t('unit') }),
    [matrix.rows, sources, sourceName, t],
  );

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={t('bySource')}
        extra={
          <Segmented<Measure>
            data-testid="capital-measure"
            aria-label={t('show')}
            value={measure}
            onChange={setMeasure}
            options={measures.map((m) => ({ value: m, label: t(`measure.${m}`) }))}
          />
        }
      >
        <DataGrid
          mode="client"
          testId="capital-grid"
          ariaLabel={t('gridBySource')}
          columns={matrixColumns}
          rows={matrix.rows}
          pinnedBottomRows={matrixPinned}
          getRowId={rowKey}
        />
      </Card>
      <Card size="small" title={`${t('chartTitle')} — ${t(`measure.${measure}`)}`}>
        <Chart testId="capital-chart" ariaLabel={t('chartLabel', { measure: t(`measure.${measure}`) })} option={option} height={340} />
      </Card>
      <Card size="small" title={t('byYear')}>
        <DataGrid
          mode="client"
          testId="capital-year-grid"
          ariaLabel={t('gridByYear')}
          columns={totalColumns}
          rows={totals.rows}
          pinnedBottomRows={totalsPinned}
          getRowId={rowKey}
        />
      </Card>
    </Flex>
  );
}
