import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ProjectRow } from '../../../electron/api/schemas/registers';
import { millionsColumn, textColumn } from '../../components/grid-columns';
import type { NamedList } from '../../components/useReference';

type Name = (list: NamedList, code: string | null | undefined) => string;

/**
 * Columns of the project register; their ids are the sortable fields of db/queries/registers.ts. The task group
 * is not sortable there, so its header does not offer it.
 */
export function projectColumns(t: TFunction, name: Name): ColDef<ProjectRow>[] {
  return [
    textColumn({ field: 'code', headerName: t('columns.code'), width: 105 }),
    textColumn({ field: 'name', headerName: t('columns.name'), flex: 1, minWidth: 260, tooltip: true }),
    textColumn({ field: 'investor', headerName: t('columns.investor'), width: 200, tooltip: true }),
    {
      field: 'stageCode',
      headerName: t('columns.stage'),
      width: 170,
      valueFormatter: (p) => name('lifecycleStages', p.value),
      tooltip: true,
    },
    {
      field: 'taskGroupCode',
      headerName: t('columns.taskGroup'),
      width: 95,
      sortable: false,
      tooltip: (p) => (p.value ? `${p.value}. ${name('taskGroups', p.value as string)}` : null),
    },
    {
      // Sorted by start year in the database; shown as the whole period.
      colId: 'startYear',
      headerName: t('columns.period'),
      width: 105,
      valueGetter: (p) => (p.data ? `${p.data.startYear}–${p.data.endYear}` : ''),
    },
    millionsColumn({ field: 'totalInvestmentDong', headerName: t('columns.totalInvestment'), width: 140 }),
  ];
}
