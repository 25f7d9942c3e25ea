import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/methods';
import type { PageInput } from '../../electron/api/schemas/common';
import { api } from '../api';
import type { PageRequest, PageResult } from './grid-types';

/** Contract methods that take exactly the shared page input ({offset, limit, search?, sort?}). */
export type PagedMethod = {
  [M in MethodName]: MethodInput<M> extends PageInput ? (PageInput extends MethodInput<M> ? M : never) : never;
}[MethodName];

export type PagedRow<M extends PagedMethod> = MethodOutput<M> extends { rows: (infer R)[] } ? R : never;

/**
 * Pages of a register for DataGrid's server mode. Each page is fetched through the query cache under the same
 * [method, input] key useApiQuery uses, so the app-wide invalidation after a write, undo or redo reaches the
 * grid too: `refreshToken` changes and the grid reloads the pages it holds, keeping its scroll position.
 */
export function useServerPages<M extends PagedMethod>(method: M) {
  const queryClient = useQueryClient();
  const [refreshToken, setRefreshToken] = useState(0);

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'invalidate' && event.query.queryKey[0] === method) {
          setRefreshToken((n) => n + 1);
        }
      }),
    [queryClient, method],
  );

  const fetchPage = useCallback(
    (request: PageRequest) => {
      const input = request as MethodInput<M>;
      return queryClient.fetchQuery({
        queryKey: [method, input],
        queryFn: () => api.call(method, input),
      }) as Promise<PageResult<PagedRow<M>>>;
    },
    [queryClient, method],
  );

  return { fetchPage, refreshToken };
}
