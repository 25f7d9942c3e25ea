import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatPercent } from '../../../electron/api/text/format';
import { millionsColumn, yearColumn } from '../../components/grid-columns';
import type { SourceRow, YearTotals } from './matrix';

const yearOrTotal = <T extends { year: number | null }>(t: TFunction): ColDef<T> =>
  yearColumn<T>({
    colId: 'year',
    headerName: t('columns.year'),
    width: 90,
    valueGetter: (p) => p.data?.year ?? null,
    valueFormatter: (p) => (p.value === null ? t('totalRow') : String(p.value)),
  });

export function sourceColumns(t: TFunction, sources: readonly string[], source: (code: string) => string): ColDef<SourceRow>[] {
  return [
    yearOrTotal<SourceRow>(t),
    ...sources.map((code) =>
      millionsColumn<SourceRow>({
        colId: `source-${code}`,
        headerName: source(code),
        headerTooltip: source(code),
        flex: 1,
        minWidth: 120,
        valueGetter: (p) => p.data?.bySource[code] ?? 0,
      }),
    ),
    millionsColumn<SourceRow>({
      colId: 'total',
      headerName: t('columns.total'),
      flex: 1,
      minWidth: 130,
      valueGetter: (p) => p.data?.total ?? 0,
      cellStyle: { fontWeight: 600 },
    }),
  ];
}

export function yearTotalColumns(t: TFunction): ColDef<YearTotals>[] {
  return [
    yearOrTotal<YearTotals>(t),
    millionsColumn<YearTotals>({ field: 'plannedDong', headerName: t('measure.plannedDong'), flex: 1 }),
    millionsColumn<YearTotals>({ field: 'adjustedDong', headerName: t('measure.adjustedDong'), flex: 1 }),
    millionsColumn<YearTotals>({ field: 'disbursedDong', headerName: t('measure.disbursedDong'), flex: 1 }),
    {
      field: 'disbursedPercent',
      headerName: t('columns.rate'),
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'num'],
      flex: 1,
      valueFormatter: (p) => formatPercent(p.value ?? null, 1),
    },
  ];
}
