import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { InstitutionRow } from '../../../electron/api/schemas/registers';
import { integerColumn, textColumn, yearColumn } from '../../components/grid-columns';
import type { NamedList } from '../../components/useReference';

type Name = (list: NamedList, code: string | null | undefined) => string;

/**
 * Columns of the institution register. Every column id is a sortable field of db/queries/registers.ts, so a
 * header click sorts the whole register in the database, codes by the reference lists' order.
 */
export function institutionColumns(t: TFunction, name: Name): ColDef<InstitutionRow>[] {
  return [
    textColumn({ field: 'code', headerName: t('columns.code'), width: 95 }),
    textColumn({ field: 'name', headerName: t('columns.name'), flex: 1, minWidth: 200, tooltip: true }),
    {
      field: 'typeCode',
      headerName: t('columns.type'),
      width: 160,
      valueFormatter: (p) => name('institutionTypes', p.value),
      tooltip: true,
    },
    {
      field: 'ownershipCode',
      headerName: t('columns.ownership'),
      width: 95,
      valueFormatter: (p) => name('ownershipKinds', p.value),
      tooltip: true,
    },
    textColumn({ field: 'commune', headerName: t('columns.commune'), width: 115, tooltip: true }),
    {
      field: 'status',
      headerName: t('columns.status'),
      width: 128,
      valueFormatter: (p) => (p.value ? t(`status.${p.value}`) : ''),
      // Institutions that no longer operate stay listed for their history; grey tells them apart at a glance.
      cellStyle: (p) => (p.value && p.value !== 'active' ? { color: '#8c8c8c' } : null),
    },
    yearColumn({ field: 'foundedYear', headerName: t('columns.foundedYear'), width: 78 }),
    integerColumn({ field: 'teachers', headerName: t('columns.teachers'), width: 78 }),
    integerColumn({ field: 'managers', headerName: t('columns.managers'), width: 84 }),
    integerColumn({ field: 'learners', headerName: t('columns.learners'), width: 92 }),
  ];
}
