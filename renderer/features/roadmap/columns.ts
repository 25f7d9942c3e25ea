import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { compareVietnamese } from '../../../electron/api/text/vietnamese';
import type { MilestoneRow } from '../../../electron/api/schemas/registers';
import { textColumn, wrappedTextColumn, yearColumn } from '../../components/grid-columns';
import { MilestoneStatusCell } from './MilestoneStatusCell';

export function milestoneColumns(t: TFunction): ColDef<MilestoneRow>[] {
  return [
    yearColumn({ field: 'year', headerName: t('columns.year'), width: 80 }),
    {
      field: 'quarter',
      headerName: t('columns.quarter'),
      width: 100,
      valueFormatter: (p) => (p.value ? t('quarter', { quarter: p.value }) : t('wholeYear')),
    },
    wrappedTextColumn({ field: 'title', headerName: t('columns.title'), flex: 1, minWidth: 280 }),
    textColumn({ field: 'owner', headerName: t('columns.owner'), width: 220, tooltip: true }),
    {
      field: 'status',
      headerName: t('columns.status'),
      width: 160,
      cellRenderer: MilestoneStatusCell,
      // Sorting by the label the user reads, not by the stored code.
      comparator: (a: string | null, b: string | null) =>
        compareVietnamese(t(`status.${a ?? 'none'}`), t(`status.${b ?? 'none'}`)),
    },
    textColumn({ field: 'linkedTo', headerName: t('columns.linkedTo'), width: 120 }),
  ];
}
