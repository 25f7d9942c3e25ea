import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TargetDetail } from '../../../../electron/api/schemas/assessment';
import { textColumn, wrappedTextColumn } from '../../../components/grid-columns';
import { DECISION_YEARS, isConfirmed, targetValueText, trajectoryText } from './target-values';

type TargetRow = TargetDetail;

type Label = (item: { nameVi: string; nameEn: string }) => string;

/** `t` is scoped to the 'targets.' keys; `edit` becomes the last column's button. */
export function targetColumns(t: TFunction, label: Label, edit: ColDef<TargetRow>): ColDef<TargetRow>[] {
  const milestone = (code: string) => t(`milestone.${code}`, { defaultValue: code });
  return [
    textColumn({ field: 'code', headerName: t('columns.code'), width: 70 }),
    wrappedTextColumn({
      colId: 'name',
      headerName: t('columns.name'),
      valueGetter: (p) => (p.data ? label(p.data) : ''),
      flex: 1,
      minWidth: 200,
    }),
    {
      field: 'scope',
      headerName: t('columns.scope'),
      width: 84,
      valueFormatter: (p) => (p.value ? t(`scope.${p.value}`) : ''),
    },
    ...DECISION_YEARS.map(
      (year): ColDef<TargetRow> => ({
        colId: `y${year}`,
        headerName: String(year),
        type: 'rightAligned',
        cellClass: ['ag-right-aligned-cell', 'num'],
        width: 76,
        sortable: false,
        valueGetter: (p) => (p.data ? targetValueText(p.data, year, milestone) : ''),
      }),
    ),
    wrappedTextColumn({
      colId: 'trajectory',
      headerName: t('columns.trajectory'),
      width: 148,
      sortable: false,
      valueGetter: (p) => (p.data ? trajectoryText(p.data, milestone) : ''),
    }),
    wrappedTextColumn({ field: 'sourceDocument', headerName: t('columns.source'), width: 168 }),
    {
      field: 'confidence',
      headerName: t('columns.confidence'),
      width: 112,
      valueFormatter: (p) => {
        const confirmed = isConfirmed(p.value ?? null);
        return confirmed === null ? '' : t(confirmed ? 'confidence.confirmed' : 'confidence.partial');
      },
      // The stored note says what exactly is unconfirmed.
      tooltip: (p) => (p.value as string | null) ?? null,
      cellStyle: (p) => (isConfirmed(p.value ?? null) === false ? { color: '#ad6800' } : null),
    },
    edit,
  ];
}
