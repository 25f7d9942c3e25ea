import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gridTheme } from './grid-setup';
import type { GridHeight } from './grid-types';

/** Options every grid of the app shares, whatever its row model; AG Grid's own texts follow the UI language. */
export function useCommonGridOptions<T>(columns: ColDef<T>[], height: GridHeight, rowId?: (row: T) => string) {
  const { i18n } = useTranslation();
  const getRowId = useMemo(() => (rowId ? (p: GetRowIdParams<T>) => rowId(p.data) : undefined), [rowId]);
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ resizable: true, sortable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true }),
    [],
  );
  return {
    // localeText is read when the grid is created: a new key re-creates the grid when the language changes.
    key: i18n.language,
    theme: gridTheme,
    localeText: i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_VN,
    columnDefs: columns,
    defaultColDef,
    getRowId,
    ensureDomOrder: true,
    suppressMultiSort: true,
    tooltipShowDelay: 400,
    domLayout: height === 'auto' ? ('autoHeight' as const) : ('normal' as const),
  };
}

export function gridBoxStyle(height: GridHeight): CSSProperties {
  if (height === 'fill') return { flex: '1 1 auto', minHeight: 360 };
  return height === 'auto' ? {} : { height };
}

/** The column of grid and toolbar: in a filling page it takes the space left, else it sizes to its content. */
export const gridColumnStyle = (height: GridHeight): CSSProperties | undefined =>
  height === 'fill' ? { flex: '1 1 auto', minHeight: 0 } : undefined;
