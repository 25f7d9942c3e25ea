import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridQuery } from '../../../../electron/api/schemas/grid';
import { api } from '../../../api';
import { useApiMutation, useApiQuery } from '../../../app/api-hooks';
import { EditableGrid } from '../../../components/grid/EditableGrid';
import type { EditableColumn } from '../../../components/grid/types';

type MediumRow = Awaited<ReturnType<typeof fetchPage>>['rows'][number];

const fetchPage = (query: GridQuery) => api.call('capital.mediumTerm', query);
const field = (prefix: 'm' | 'a', code: string) => `${prefix}${code.replace('-', '_')}`;
const rowLabel = (row: MediumRow) => `${row.projectCode} · ${row.sourceCode}`;

/** Medium-term plans per project and source for every period, beside what the annual plans of the period allocate. */
export function MediumTermTab() {
  const { t } = useTranslation('capital');
  const periods = useApiQuery('capital.periods', {});
  const apply = useApiMutation('capital.applyMediumTermEdits');
  const labels = useMemo(() => ({ paste: t('mediumLabels.paste'), fill: t('mediumLabels.fill'), clear: t('mediumLabels.clear') }), [t]);
  const columns = useMemo<EditableColumn<MediumRow>[]>(() => {
    const warning = (f: string) => (row: MediumRow) => row.warnings[f] ?? null;
    const periodColumns = (periods.data ?? []).flatMap((p): EditableColumn<MediumRow>[] => [
      {
        field: field('m', p.code),
        header: t('columns.mediumTerm', { period: `${p.startYear}–${p.endYear}` }),
        kind: 'money',
        min: 0,
        width: 150,
        value: (row) => row.cells[field('m', p.code)] ?? null,
        lockedReason: (row) => row.locked,
        warning: warning(field('m', p.code)),
      },
      {
        field: field('a', p.code),
        header: t('columns.allocatedIn', { period: `${p.startYear}–${p.endYear}` }),
        kind: 'money',
        editable: false,
        width: 140,
        value: (row) => row.cells[field('a', p.code)] ?? null,
      },
    ]);
    return [
      { field: 'projectCode', header: t('columns.projectCode'), kind: 'text', editable: false, width: 112, pinned: 'left' },
      { field: 'projectName', header: t('columns.projectName'), kind: 'text', editable: false, flex: 1, minWidth: 220 },
      { field: 'sourceCode', header: t('columns.source'), kind: 'text', editable: false, width: 80 },
      { field: 'fundingDong', header: t('columns.funding'), kind: 'money', editable: false, width: 130, warning: warning('fundingDong') },
      ...periodColumns,
    ];
  }, [t, periods.data]);
  if (!periods.data) return null;
  return (
    <EditableGrid<MediumRow>
      gridId="capital-medium-term"
      testId="capital-medium-term"
      ariaLabel={t('mediumGrid')}
      columns={columns}
      fetchPage={fetchPage}
      applyEdits={apply.mutateAsync}
      rowLabel={rowLabel}
      changeLabels={labels}
      height="max(360px, calc(100vh - 330px))"
    />
  );
}
