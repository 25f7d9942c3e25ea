import { useQueryClient } from '@tanstack/react-query';
import type { GridApi, IDatasource, IGetRowsParams } from 'ag-grid-community';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridQuery } from '../../../electron/api/schemas/grid';
import { fetchRange } from './fetch-range';

interface Options<Row> {
  gridId: string;
  apiRef: RefObject<GridApi<Row> | null>;
  fetchPage: (query: GridQuery) => Promise<{ total: number; rows: Row[] }>;
  fetchTotals?: (query: GridQuery) => Promise<Record<string, number>>;
  queryKey?: unknown[];
  search?: string;
  filters?: GridQuery['filters'];
}

export type GridView = Pick<GridQuery, 'search' | 'filters' | 'sort'>;

/** Filters without empty lists, so "nothing chosen" and "no filter" are the same view. */
function cleanFilters(filters: GridQuery['filters']): GridQuery['filters'] {
  const entries = Object.entries(filters ?? {}).filter(([, values]) => values.length > 0);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The editable grid's data: pages of the current view (search, filters, sort) for AG Grid's Infinite Row Model,
 * the server's totals of the whole view, and the rows of any index range. Reads go through the query cache, so
 * the app-wide invalidation after every write, undo or redo reloads what the grid shows, where it is.
 */
export function useGridData<Row>({ gridId, apiRef, fetchPage, fetchTotals, queryKey, search, filters }: Options<Row>) {
  const queryClient = useQueryClient();
  const keyText = JSON.stringify(queryKey ?? []);
  const filterText = JSON.stringify(cleanFilters(filters) ?? null);
  const view = useMemo<GridView>(() => {
    const trimmed = search?.trim();
    const cleaned = JSON.parse(filterText) as GridQuery['filters'] | null;
    return { ...(trimmed ? { search: trimmed } : {}), ...(cleaned ? { filters: cleaned } : {}) };
  }, [search, filterText]);
  const sort = useRef<GridQuery['sort']>(undefined);
  const [total, setTotal] = useState<number | null>(null);
  const [totals, setTotals] = useState<Record<string, number> | null>(null);
  const [generation, setGeneration] = useState(0);

  const latest = useRef({ fetchPage, fetchTotals });
  latest.current = { fetchPage, fetchTotals };

  const page = useCallback(
    (query: GridQuery) =>
      queryClient.fetchQuery({ queryKey: ['grid', gridId, ...(JSON.parse(keyText) as unknown[]), 'page', query], queryFn: () => latest.current.fetchPage(query) }),
    [queryClient, gridId, keyText],
  );

  const datasource = useMemo<IDatasource>(() => {
    let live = true;
    const source: IDatasource = {
      getRows(params: IGetRowsParams) {
        const first = params.sortModel[0];
        sort.current = first ? { field: first.colId, direction: first.sort } : undefined;
        const query: GridQuery = { ...view, offset: params.startRow, limit: params.endRow - params.startRow, ...(sort.current ? { sort: sort.current } : {}) };
        page(query).then(
          (result) => {
            if (!live) return;
            setTotal(result.total);
            params.successCallback(result.rows, result.total);
          },
          () => params.failCallback(),
        );
      },
      destroy() {
        live = false;
      },
    };
    return source;
  }, [page, view]);

  useEffect(() => {
    const fetchTotalsNow = latest.current.fetchTotals;
    if (!fetchTotalsNow) return;
    let live = true;
    queryClient
      .fetchQuery({ queryKey: ['grid', gridId, ...(JSON.parse(keyText) as unknown[]), 'totals', view], queryFn: () => fetchTotalsNow(view) })
      .then((result) => live && setTotals(result), () => live && setTotals(null));
    return () => {
      live = false;
    };
  }, [queryClient, gridId, keyText, view, generation]);

  /** Reloads the pages the grid holds (keeping its scroll position) and the totals. */
  const refresh = useCallback(() => {
    apiRef.current?.refreshInfiniteCache();
    setGeneration((g) => g + 1);
  }, [apiRef]);

  // Any invalidation means a write, undo or redo happened somewhere: refresh once for the whole burst.
  useEffect(() => {
    let timer = 0;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'invalidate' || timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        refresh();
      }, 0);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [queryClient, refresh]);

  /** Rows from..to of the view as the grid shows it, from the grid where loaded, else from the server. */
  const rowsIn = useCallback(
    async (from: number, to: number): Promise<Row[]> => {
      const api = apiRef.current;
      const loaded: Row[] = [];
      for (let i = from; i <= to; i += 1) {
        const data = api?.getDisplayedRowAtIndex(i)?.data;
        if (data === undefined) return fetchRange(page, { ...view, ...(sort.current ? { sort: sort.current } : {}) }, from, to);
        loaded.push(data);
      }
      return loaded;
    },
    [apiRef, page, view],
  );

  return { datasource, view, sort, total, totals, refresh, rowsIn };
}
