import type { ColDef, GetRowIdParams, GridApi, GridOptions, GridReadyEvent, IDatasource, SuppressKeyboardEventParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { gridBoxStyle } from '../grid-options';
import { gridTheme } from '../grid-setup';
import type { GridHeight } from '../grid-types';
import type { CopyText } from './cell-copy';
import { gridKeyAction } from './grid-keys';
import type { TypeAhead } from './type-ahead';
import { type RangeActions, useGridKeyboard } from './useGridKeyboard';
import { ROW_HEADER_ID, useRangeSelection } from './useRangeSelection';
import './grid.css';

export interface GridSurfaceProps<T> {
  /** data-testid of the grid's box. */
  testId: string;
  ariaLabel: string;
  height: GridHeight;
  columnDefs: ColDef<T>[];
  getRowId?: (row: T) => string;
  /** In-memory rows (small lists), or… */
  rows?: T[];
  /** …pages from the database (Infinite Row Model). */
  datasource?: IDatasource;
  pageSize?: number;
  pinnedBottomRows?: T[];
  copyText?: CopyText<T>;
  loadRows?: (from: number, to: number) => Promise<T[]>;
  actions?: RangeActions;
  typeAhead?: TypeAhead;
  /** Further AG Grid options (editing, events) of a particular grid. */
  gridOptions?: GridOptions<T>;
  onApi?: (api: GridApi<T> | null) => void;
}

// Blocks kept in memory: 20 × 100 rows; older blocks are fetched again when scrolled back to.
const MAX_BLOCKS = 20;

/** Keys our range selection and clipboard handle; AG Grid must not act on them too (Shift+arrow would move focus). */
const suppressOurKeys = <T,>(params: SuppressKeyboardEventParams<T>) =>
  !params.editing && gridKeyAction(params.event, { onRowHeader: params.column.getColId() === ROW_HEADER_ID }) !== null;

/**
 * The one grid of the app, on AG Grid Community: every read-only register and every editable grid renders this.
 * It adds what Community lacks and a spreadsheet user expects: a selected rectangle (drag, Shift+click,
 * Shift+arrows, Ctrl+A) and Ctrl+C of it as tab-separated text; editable grids add paste, Delete and fill-down
 * through `actions`. AG Grid's own texts follow the UI language.
 */
export function GridSurface<T>(props: GridSurfaceProps<T>) {
  const { i18n } = useTranslation();
  const apiRef = useRef<GridApi<T> | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const selection = useRangeSelection<T>(apiRef, containerRef);
  useGridKeyboard({
    apiRef,
    containerRef,
    selection,
    actions: props.actions,
    copyText: props.copyText,
    loadRows: props.loadRows,
    typeAhead: props.typeAhead,
  });

  const { getRowId: rowId, onApi, gridOptions } = props;
  const getRowId = useMemo(() => (rowId ? (p: GetRowIdParams<T>) => rowId(p.data) : undefined), [rowId]);
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({
      resizable: true,
      sortable: true,
      suppressMovable: true,
      wrapHeaderText: true,
      autoHeaderHeight: true,
      suppressKeyboardEvent: suppressOurKeys,
    }),
    [],
  );
  // Every column gets the selection's class rules beside its own.
  const columnDefs = useMemo(
    () => props.columnDefs.map((def) => ({ ...def, cellClassRules: { ...selection.classRules, ...def.cellClassRules } })),
    [props.columnDefs, selection.classRules],
  );

  const onGridReady = useCallback(
    (event: GridReadyEvent<T>) => {
      apiRef.current = event.api;
      selection.readColumns();
      onApi?.(event.api);
      gridOptions?.onGridReady?.(event);
    },
    [selection, onApi, gridOptions],
  );

  const server = props.datasource !== undefined;
  return (
    <div ref={containerRef} data-testid={props.testId} aria-label={props.ariaLabel} role="region" className="gs-grid" style={gridBoxStyle(props.height)}>
      <AgGridReact<T>
        // localeText is read when the grid is created: a new key re-creates the grid when the language changes.
        key={i18n.language}
        theme={gridTheme}
        localeText={i18n.language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_VN}
        defaultColDef={defaultColDef}
        ensureDomOrder
        suppressMultiSort
        tooltipShowDelay={400}
        domLayout={props.height === 'auto' ? 'autoHeight' : 'normal'}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        {...gridOptions}
        columnDefs={columnDefs}
        getRowId={getRowId}
        {...(server
          ? { rowModelType: 'infinite' as const, datasource: props.datasource, cacheBlockSize: props.pageSize ?? 100, maxBlocksInCache: MAX_BLOCKS }
          : { rowData: props.rows })}
        pinnedBottomRowData={props.pinnedBottomRows}
        onGridReady={onGridReady}
        onDisplayedColumnsChanged={(event) => {
          selection.readColumns();
          gridOptions?.onDisplayedColumnsChanged?.(event);
        }}
      />
    </div>
  );
}
