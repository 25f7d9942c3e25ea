import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent, IDatasource, IGetRowsParams, RowClassParams, RowStyle } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Alert, Flex, Input, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../electron/api/text/format';
import { useErrorText } from '../app/useErrorText';
import { gridTheme } from './grid-setup';

export interface PageRequest {
  offset: number;
  limit: number;
  search?: string;
  sort?: { field: string; direction: 'asc' | 'desc' };
}
export interface PageResult<T> {
  total: number;
  rows: T[];
}

interface CommonProps<T> {
  columns: ColDef<T>[];
  /** data-testid of the grid's container; the toolbar's parts get `<testId>-search` and `<testId>-total`. */
  testId: string;
  ariaLabel: string;
  getRowId?: (row: T) => string;
  /** 'fill' takes the rest of a flex-column page; 'auto' grows with the rows (small lists). */
  height?: 'fill' | 'auto' | number;
  /** Extra controls on the toolbar's left, beside the search box. */
  toolbar?: ReactNode;
}

export interface ServerGridProps<T> extends CommonProps<T> {
  mode: 'server';
  fetchPage: (request: PageRequest) => Promise<PageResult<T>>;
  /** Any change reloads the pages the grid holds (see useServerPages). */
  refreshToken?: unknown;
  searchPlaceholder?: string;
  pageSize?: number;
}

export interface ClientGridProps<T> extends CommonProps<T> {
  mode: 'client';
  rows: T[];
  pinnedBottomRows?: T[];
  /** Show the row count on a toolbar above the grid. */
  showTotal?: boolean;
}

export type DataGridProps<T> = ServerGridProps<T> | ClientGridProps<T>;

const SEARCH_DELAY_MS = 300;
const pinnedRowStyle: RowStyle = { fontWeight: 600, background: '#f3f5f8' };
const rowStyle = (p: RowClassParams): RowStyle | undefined => (p.node.rowPinned ? pinnedRowStyle : undefined);

/**
 * The one grid of the app (AG Grid Community). Server mode pages and sorts in the database through the contract
 * (Infinite Row Model); client mode shows small lists held in memory. AG Grid's own texts follow the UI language.
 */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { i18n } = useTranslation();
  const vietnamese = i18n.language !== 'en';
  const localeText = vietnamese ? AG_GRID_LOCALE_VN : AG_GRID_LOCALE_EN;
  const height = props.height ?? (props.mode === 'server' ? 'fill' : 'auto');
  const { getRowId: rowId } = props;
  const getRowId = useMemo(() => (rowId ? (p: GetRowIdParams<T>) => rowId(p.data) : undefined), [rowId]);

  const defaultColDef = useMemo<ColDef<T>>(() => ({ resizable: true, sortable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true }), []);
  const boxStyle: CSSProperties =
    height === 'fill' ? { flex: '1 1 auto', minHeight: 360 } : height === 'auto' ? {} : { height };

  const common = {
    theme: gridTheme,
    localeText,
    columnDefs: props.columns,
    defaultColDef,
    getRowId,
    ensureDomOrder: true,
    suppressMultiSort: true,
    tooltipShowDelay: 400,
    domLayout: height === 'auto' ? ('autoHeight' as const) : ('normal' as const),
  };

  if (props.mode === 'server') {
    return <ServerGrid {...props} common={common} boxStyle={boxStyle} languageKey={i18n.language} />;
  }
  return (
    <Flex vertical gap={8} style={height === 'fill' ? { flex: '1 1 auto', minHeight: 0 } : undefined}>
      {(props.toolbar || props.showTotal) && (
        <Toolbar testId={props.testId} total={props.rows.length}>
          {props.toolbar}
        </Toolbar>
      )}
      <div data-testid={props.testId} aria-label={props.ariaLabel} role="region" style={boxStyle}>
        <AgGridReact<T>
          key={i18n.language}
          {...common}
          rowData={props.rows}
          pinnedBottomRowData={props.pinnedBottomRows}
          getRowStyle={rowStyle}
        />
      </div>
    </Flex>
  );
}

type CommonGridOptions<T> = {
  theme: typeof gridTheme;
  localeText: Record<string, string>;
  columnDefs: ColDef<T>[];
  defaultColDef: ColDef<T>;
  getRowId: ((p: GetRowIdParams<T>) => string) | undefined;
  ensureDomOrder: boolean;
  suppressMultiSort: boolean;
  tooltipShowDelay: number;
  domLayout: 'autoHeight' | 'normal';
};

function ServerGrid<T>(
  props: ServerGridProps<T> & { common: CommonGridOptions<T>; boxStyle: CSSProperties; languageKey: string },
) {
  const { fetchPage, refreshToken, pageSize = 100, testId, ariaLabel, common, boxStyle, languageKey } = props;
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const gridApi = useRef<GridApi<T> | null>(null);
  // Answers that arrive after the search changed belong to a datasource the grid has dropped; ignore their totals.
  const generation = useRef(0);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const datasource = useMemo<IDatasource>(() => {
    const mine = ++generation.current;
    return {
      getRows(params: IGetRowsParams) {
        const first = params.sortModel[0];
        const request: PageRequest = { offset: params.startRow, limit: params.endRow - params.startRow };
        if (search) request.search = search;
        if (first) request.sort = { field: first.colId, direction: first.sort };
        fetchPage(request).then(
          (page) => {
            if (mine !== generation.current) return;
            setError(null);
            setTotal(page.total);
            params.successCallback(page.rows, page.total);
          },
          (failure: unknown) => {
            if (mine === generation.current) setError(failure);
            params.failCallback();
          },
        );
      },
    };
  }, [fetchPage, search]);

  const firstToken = useRef(refreshToken);
  useEffect(() => {
    if (refreshToken === firstToken.current) return;
    firstToken.current = refreshToken;
    gridApi.current?.refreshInfiniteCache();
  }, [refreshToken]);

  const onGridReady = useCallback((event: GridReadyEvent<T>) => {
    gridApi.current = event.api;
  }, []);

  return (
    <Flex vertical gap={8} style={boxStyle.flex ? { flex: '1 1 auto', minHeight: 0 } : undefined}>
      <Toolbar testId={testId} total={total}>
        {props.searchPlaceholder !== undefined && (
          <Input.Search
            data-testid={`${testId}-search`}
            aria-label={props.searchPlaceholder}
            placeholder={props.searchPlaceholder}
            allowClear
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => {
              setTyped(value);
              setSearch(value.trim());
            }}
            style={{ width: 360 }}
          />
        )}
        {props.toolbar}
      </Toolbar>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      <div data-testid={testId} aria-label={ariaLabel} role="region" style={boxStyle}>
        <AgGridReact<T>
          key={languageKey}
          {...common}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={pageSize}
          maxBlocksInCache={20}
          onGridReady={onGridReady}
        />
      </div>
    </Flex>
  );
}

// The count is printed the Vietnamese way (1.234 dòng); `count` still picks the plural form.
function Toolbar({ testId, total, children }: { testId: string; total: number | null; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12} wrap>
      {children}
      <div style={{ flex: 1 }} />
      <Typography.Text type="secondary" data-testid={`${testId}-total`}>
        {total === null ? '' : t('common.rows', { count: total, replace: { count: formatNumber(total, 0) } })}
      </Typography.Text>
    </Flex>
  );
}
