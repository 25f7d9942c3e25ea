import type { ColDef } from 'ag-grid-community';
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalMeasure } from '../../../../electron/api/schemas/capital';
import { useApiQuery } from '../../../app/api-hooks';
import { DataGrid } from '../../../components/DataGrid';
import { millionsColumn, textColumn } from '../../../components/grid-columns';
import { useReference } from '../../../components/useReference';
import type { Period } from '../view';

interface SourceRow {
  sourceCode: string;
  cells: Record<string, number>;
  total: number;
}

const rowKey = (row: SourceRow) => row.sourceCode || 'total';

/** The sources × years view of the same measure: one row per capital source, the grand total pinned. */
export function SourceTotals({ period, measure }: { period: Period; measure: Exclude<CapitalMeasure, 'disbursedOn'> }) {
  const { t } = useTranslation('capital');
  const { name } = useReference();
  const data = useApiQuery('capital.sourceTotals', { measure, fromYear: period.startYear, toYear: period.endYear });
  const columns = useMemo<ColDef<SourceRow>[]>(
    () => [
      textColumn<SourceRow>({
        colId: 'source',
        headerName: t('columns.source'),
        flex: 1,
        minWidth: 220,
        valueGetter: (p) => (p.data?.sourceCode ? `${p.data.sourceCode} — ${name('capitalSources', p.data.sourceCode)}` : t('totalRow')),
      }),
      ...(data.data?.years ?? []).map((year) =>
        millionsColumn<SourceRow>({ colId: `y${year}`, headerName: String(year), width: 120, valueGetter: (p) => p.data?.cells[`y${year}`] ?? 0 }),
      ),
      millionsColumn<SourceRow>({ colId: 'total', headerName: t('columns.total'), width: 130, valueGetter: (p) => p.data?.total ?? 0, cellStyle: { fontWeight: 600 } }),
    ],
    [t, name, data.data?.years],
  );
  const pinned = useMemo(() => (data.data ? [data.data.totals] : []), [data.data]);
  const rows = useMemo(() => (data.data?.rows ?? []).filter((r) => r.total !== 0), [data.data]);
  return (
    <Card size="small" title={`${t('sourceTotals')} — ${t(`measure.${measure}`)}`}>
      <DataGrid mode="client" testId="capital-source-totals" ariaLabel={t('sourceTotalsGrid')} columns={columns} rows={rows} pinnedBottomRows={pinned} getRowId={rowKey} />
    </Card>
  );
}
