import type { CellClassParams, CellStyle, ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AttainmentRow } from '../../../../electron/api/schemas/assessment';
import { formatNumber, formatPercent } from '../../../../electron/api/text/format';
import { textColumn, wrappedTextColumn } from '../../../components/grid-columns';

type Label = (item: { nameVi: string; nameEn: string }) => string;

const numberCell = () => ({ type: 'rightAligned', cellClass: ['ag-right-aligned-cell', 'num'] });
const MUTED: CellStyle = { color: '#8c8c8c', fontStyle: 'italic', whiteSpace: 'normal', lineHeight: '18px' };

/** `t` is scoped to 'attainment.'. */
export function attainmentColumns(t: TFunction, label: Label, milestone: (code: string) => string): ColDef<AttainmentRow>[] {
  return [
    textColumn({ field: 'code', headerName: t('columns.code'), width: 84 }),
    wrappedTextColumn({ colId: 'name', headerName: t('columns.name'), valueGetter: (p) => (p.data ? label(p.data) : ''), flex: 1, minWidth: 250 }),
    {
      colId: 'actual',
      headerName: t('columns.actual'),
      width: 170,
      ...numberCell(),
      valueGetter: (p) => {
        const row = p.data;
        if (!row) return '';
        if (row.notMeasured) return t(`notMeasured.${row.notMeasured}`);
        return row.percent === null ? t('noData') : formatPercent(row.percent, 2);
      },
      cellStyle: (p): CellStyle => (p.data?.notMeasured || p.data?.percent === null ? MUTED : { fontWeight: 600 }),
      autoHeight: true,
    },
    {
      colId: 'counts',
      headerName: t('columns.counts'),
      width: 150,
      ...numberCell(),
      valueGetter: (p) =>
        p.data && p.data.numerator !== null && p.data.denominator !== null ? `${formatNumber(p.data.numerator, 0)} / ${formatNumber(p.data.denominator, 0)}` : '',
    },
    {
      colId: 'institutions',
      headerName: t('columns.institutions'),
      width: 110,
      ...numberCell(),
      valueGetter: (p) => (p.data && !p.data.notMeasured ? t('ofSubject', { counted: formatNumber(p.data.institutionsCounted, 0), total: formatNumber(p.data.institutionsInSubject, 0) }) : ''),
    },
    {
      colId: 'target',
      headerName: t('columns.target'),
      width: 225,
      valueGetter: (p) => {
        const target = p.data?.target;
        if (!target) return '';
        const value = target.percent !== null ? formatPercent(target.percent, 1) : target.milestone ? milestone(target.milestone) : '';
        const source = t(`source.${target.source}`, { from: target.fromYear, to: target.toYear });
        return value ? `${value} (${source})` : source;
      },
      cellStyle: (p): CellStyle | null => (p.data?.target.source === 'interpolated' ? { fontStyle: 'italic' } : p.data?.target.source === 'none' ? { color: '#8c8c8c' } : null),
    },
    {
      colId: 'gap',
      headerName: t('columns.gap'),
      width: 120,
      ...numberCell(),
      valueGetter: (p) => (p.data?.gap === null || p.data?.gap === undefined ? '' : `${p.data.gap > 0 ? '+' : ''}${formatNumber(p.data.gap, 2)}`),
      tooltipValueGetter: (p) => (p.data?.gap === null || p.data?.gap === undefined ? undefined : t('points', { value: formatNumber(p.data.gap, 2) })),
      cellStyle: (p): CellStyle | null => (p.data?.gap === null || p.data?.gap === undefined ? null : { color: p.data.gap >= 0 ? '#389e0d' : '#cf1322', fontWeight: 600 }),
    },
  ];
}

const MARKED: CellStyle = { backgroundColor: '#e6f4ff', boxShadow: 'inset 0 1px 0 #91caff, inset 0 -1px 0 #91caff' };
export const MARKED_CLASS = 'link-marked';

/** The row of the target a link is about (the dashboard's bar, the submission's pre-flight), tinted blue. */
export function markTarget(columns: ColDef<AttainmentRow>[], targetId: number | null): ColDef<AttainmentRow>[] {
  if (targetId === null) return columns;
  const marked = (p: CellClassParams<AttainmentRow>) => p.data?.targetId === targetId;
  return columns.map((column) => {
    const own = column.cellStyle;
    return {
      ...column,
      cellClassRules: { ...column.cellClassRules, [MARKED_CLASS]: marked },
      cellStyle: (p: CellClassParams<AttainmentRow>): CellStyle | null => {
        const base = (typeof own === 'function' ? own(p as never) : own) ?? null;
        return marked(p) ? { ...base, ...MARKED } : base;
      },
    };
  });
}
