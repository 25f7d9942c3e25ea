import type { GridApi, IDatasource, IGetRowsParams } from 'ag-grid-community';
import { Alert, Flex } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useErrorText } from '../app/useErrorText';
import { fetchRange } from './grid/fetch-range';
import { GridSurface } from './grid/GridSurface';
import { gridColumnStyle } from './grid-options';
import type { PageRequest, ServerGridProps } from './grid-types';
import { GridToolbar } from './GridToolbar';
import { SearchBox } from './SearchBox';

/**
 * A read-only register paged and sorted in the database, on the shared GridSurface (so it selects and copies like
 * every grid). A new search makes a new datasource, which takes the grid back to the top; a new refreshToken
 * reloads the pages it holds where they are.
 */
export function ServerGrid<T>(props: ServerGridProps<T>) {
  const { fetchPage, refreshToken, pageSize = 100, testId } = props;
  const height = props.height ?? 'fill';
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const gridApi = useRef<GridApi<T> | null>(null);
  // Answers that arrive after the search changed belong to a datasource the grid has dropped; ignore them.
  const activeSource = useRef<IDatasource | null>(null);
  const lastRequest = useRef<PageRequest>({ offset: 0, limit: pageSize });

  const datasource = useMemo<IDatasource>(() => {
    const source: IDatasource = {
      getRows(params: IGetRowsParams) {
        const first = params.sortModel[0];
        const request: PageRequest = { offset: params.startRow, limit: params.endRow - params.startRow };
        if (search) request.search = search;
        if (first) request.sort = { field: first.colId, direction: first.sort };
        lastRequest.current = request;
        fetchPage(request).then(
          (page) => {
            if (activeSource.current !== source) return;
            setError(null);
            setTotal(page.total);
            params.successCallback(page.rows, page.total);
          },
          (failure: unknown) => {
            if (activeSource.current === source) setError(failure);
            params.failCallback();
          },
        );
      },
    };
    return source;
  }, [fetchPage, search]);

  useEffect(() => {
    activeSource.current = datasource;
  }, [datasource]);

  const firstToken = useRef(refreshToken);
  useEffect(() => {
    if (refreshToken === firstToken.current) return;
    firstToken.current = refreshToken;
    gridApi.current?.refreshInfiniteCache();
  }, [refreshToken]);

  const onApi = useCallback((api: GridApi<T> | null) => {
    gridApi.current = api;
  }, []);
  const loadRows = useCallback(
    (from: number, to: number) => {
      const { search: s, sort } = lastRequest.current;
      return fetchRange(fetchPage, { ...(s ? { search: s } : {}), ...(sort ? { sort } : {}) }, from, to);
    },
    [fetchPage],
  );

  return (
    <Flex vertical gap={8} style={gridColumnStyle(height)}>
      <GridToolbar testId={testId} total={total}>
        {props.searchPlaceholder !== undefined && (
          <SearchBox testId={`${testId}-search`} placeholder={props.searchPlaceholder} width={360} onSearch={setSearch} />
        )}
        {props.toolbar}
      </GridToolbar>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      <GridSurface<T>
        testId={testId}
        ariaLabel={props.ariaLabel}
        height={height}
        columnDefs={props.columns}
        getRowId={props.getRowId}
        datasource={datasource}
        pageSize={pageSize}
        loadRows={loadRows}
        onApi={onApi}
      />
    </Flex>
  );
}
