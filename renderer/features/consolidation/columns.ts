import type { ColDef } from 'ag-grid-community';
import type { ConsolidationPackage, PackageCheck, Rollup } from '../../../electron/api/schemas/consolidation';
import { formatDateTime, formatPercent } from '../../../electron/api/text/format';
import { integerColumn, millionsColumn, textColumn, wrappedTextColumn, yearColumn } from '../../components/grid-columns';

// Column definitions of the consolidation grids, as pure functions of the translator.

type T = (key: string, options?: Record<string, unknown>) => string;

const percentColumn = <R>(def: ColDef<R>): ColDef<R> => ({
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'num'],
  width: 130,
  valueFormatter: (p) => (typeof p.value === 'number' ? formatPercent(p.value) : ''),
  ...def,
});

export function checkColumns(t: T): ColDef<PackageCheck>[] {
  return [
    textColumn({ field: 'fileName', headerName: t('open.file'), width: 190 }),
    textColumn({
      colId: 'status',
      headerName: t('open.status'),
      width: 110,
      valueGetter: (p) => (p.data?.ok ? t('open.ok') : t('open.rejected')),
      cellStyle: (p) => ({ color: p.data?.ok ? '#237804' : '#cf1322', fontWeight: 600 }),
    }),
    textColumn({ field: 'provinceName', headerName: t('open.province'), width: 150 }),
    yearColumn({ field: 'year', headerName: t('open.year'), width: 80 }),
    textColumn({ field: 'rollsUpTo', headerName: t('open.rollsUpTo'), width: 150 }),
    integerColumn({ field: 'institutions', headerName: t('open.institutions'), width: 100 }),
    wrappedTextColumn({
      colId: 'reason',
      headerName: t('open.reason'),
      flex: 1,
      minWidth: 280,
      // The file has its own column: the service's sentence is shown from what is wrong onwards.
      valueGetter: (p) => (p.data?.reason ? `${t(`reasons.${p.data.reason}`)}: ${(p.data.message ?? '').replace(/^Gói ".*?" bị từ chối: /, '')}` : ''),
    }),
  ];
}

export function packageColumns(t: T): ColDef<ConsolidationPackage>[] {
  return [
    textColumn({ field: 'provinceName', headerName: t('list.province'), width: 160 }),
    yearColumn({ field: 'year', headerName: t('list.year'), width: 80 }),
    textColumn({
      colId: 'rollsUpTo',
      headerName: t('list.rollsUpTo'),
      width: 200,
      valueGetter: (p) => (p.data ? (p.data.known ? p.data.rollsUpTo : `${p.data.rollsUpTo} (${t('list.unknown')})`) : ''),
    }),
    textColumn({ field: 'fileName', headerName: t('list.file'), width: 200 }),
    textColumn({ colId: 'importedAt', headerName: t('list.importedAt'), width: 140, valueGetter: (p) => formatDateTime(p.data?.importedAt) }),
    textColumn({ field: 'sha256', headerName: t('list.hash'), flex: 1, minWidth: 150, cellStyle: { fontFamily: 'monospace', fontSize: 12 } }),
  ];
}

type ProvinceRow = Rollup['byProvince'][number];
export function provinceColumns(t: T): ColDef<ProvinceRow>[] {
  return [
    textColumn({ field: 'unit', headerName: t('rollup.unit'), width: 170, pinned: 'left' }),
    wrappedTextColumn({
      colId: 'packages',
      headerName: t('rollup.packagesCol'),
      width: 200,
      valueGetter: (p) => (p.data ? p.data.packages.join('; ') || (p.data.kind === 'unknown' ? '' : t('rollup.notSent')) : ''),
    }),
    integerColumn({ field: 'institutionsActive', headerName: t('rollup.institutions'), width: 110 }),
    integerColumn({ field: 'institutionsAssessed', headerName: t('rollup.assessed'), width: 110 }),
    integerColumn({ field: 'institutionsApproved', headerName: t('rollup.approved'), width: 110 }),
    integerColumn({ field: 'projects', headerName: t('rollup.projects'), width: 100 }),
    millionsColumn({ field: 'plannedThisYearDong', headerName: t('rollup.planned'), width: 170 }),
    millionsColumn({ field: 'disbursedThisYearDong', headerName: t('rollup.disbursed'), width: 170 }),
    percentColumn({ field: 'disbursementRate', headerName: t('rollup.rate') }),
    millionsColumn({ field: 'fundingGapDong', headerName: t('rollup.gap'), width: 170 }),
    integerColumn({ field: 'participants', headerName: t('rollup.participants'), width: 140 }),
  ];
}

type TargetRow = Rollup['byTarget'][number];
export function targetColumns(t: T, name: (row: TargetRow) => string): ColDef<TargetRow>[] {
  return [
    textColumn({ field: 'code', headerName: t('rollup.code'), width: 70 }),
    wrappedTextColumn({ colId: 'name', headerName: t('rollup.target'), flex: 1, minWidth: 260, valueGetter: (p) => (p.data ? name(p.data) : '') }),
    integerColumn({ field: 'numerator', headerName: t('rollup.numerator'), width: 100 }),
    integerColumn({ field: 'denominator', headerName: t('rollup.denominator'), width: 100 }),
    percentColumn({ field: 'attainment', headerName: t('rollup.attainment'), width: 110 }),
    percentColumn({ field: 'target', headerName: t('rollup.goal'), width: 110 }),
    integerColumn({ field: 'provincesReporting', headerName: t('rollup.provincesReporting'), width: 120 }),
    integerColumn({ field: 'institutionsCounted', headerName: t('rollup.institutionsCounted'), width: 120 }),
  ];
}

type CapitalRow = Rollup['capitalBySourceAndYear'][number];
export function capitalColumns(t: T): ColDef<CapitalRow>[] {
  return [
    textColumn({ field: 'sourceName', headerName: t('rollup.source'), flex: 1, minWidth: 150 }),
    yearColumn({ field: 'year', headerName: t('rollup.capitalYear'), width: 75 }),
    millionsColumn({ field: 'plannedDong', headerName: t('rollup.plannedCapital'), width: 135 }),
    millionsColumn({ field: 'adjustedDong', headerName: t('rollup.adjustedCapital'), width: 135 }),
    millionsColumn({ field: 'disbursedDong', headerName: t('rollup.disbursedCapital'), width: 135 }),
  ];
}

type TypeRow = Rollup['institutionsByType'][number];
export function typeColumns(t: T): ColDef<TypeRow>[] {
  return [
    textColumn({ field: 'typeName', headerName: t('rollup.type'), flex: 1, minWidth: 220 }),
    integerColumn({ field: 'count', headerName: t('rollup.count'), width: 100 }),
  ];
}
