import type { TFunction } from 'i18next';
import type { CapitalMeasure, MatrixRow } from '../../../../electron/api/schemas/capital';
import type { Choice, EditableColumn } from '../../../components/grid/types';

// Columns of the annual matrix: the project and source (read-only, pinned), the source's share, one column per
// year of the chosen measure (money, or the date of disbursement), the row total and the funding gap.

const warning = (field: string) => (row: MatrixRow) => row.warnings[field] ?? null;

export function matrixColumns(t: TFunction, years: number[], measure: CapitalMeasure, sources: Choice[]): EditableColumn<MatrixRow>[] {
  const editable = measure !== 'allocated';
  const yearColumns: EditableColumn<MatrixRow>[] = years.map((year) => ({
    field: `y${year}`,
    header: t('columns.year', { year }),
    kind: measure === 'disbursedOn' ? 'date' : 'money',
    min: 0,
    width: measure === 'disbursedOn' ? 108 : 106,
    editable,
    value: (row) => row.cells[`y${year}`] ?? null,
    lockedReason: (row) => row.locked ?? row.cellLocks[`y${year}`] ?? null,
    warning: warning(`y${year}`),
    total: measure !== 'disbursedOn',
  }));
  return [
    { field: 'projectCode', header: t('columns.projectCode'), kind: 'text', editable: false, width: 104, pinned: 'left' },
    { field: 'projectName', header: t('columns.projectName'), kind: 'text', editable: false, flex: 1, minWidth: 170 },
    { field: 'sourceCode', header: t('columns.source'), kind: 'choice', choices: sources, editable: false, width: 76 },
    { field: 'fundingDong', header: t('columns.funding'), kind: 'money', editable: false, width: 110 },
    ...yearColumns,
    ...(measure === 'disbursedOn'
      ? []
      : [{ field: 'total', header: t('columns.total'), kind: 'money', editable: false, width: 112, total: true, warning: warning('total') } satisfies EditableColumn<MatrixRow>]),
    { field: 'gapDong', header: t('columns.gap'), kind: 'money', editable: false, width: 100, warning: warning('gapDong') },
  ];
}
