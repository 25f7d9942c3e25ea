import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/methods';
import { api } from '../api';

/** A read through the contract, cached under [method, input] so any view of the same data shares one fetch. */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [method, input],
    queryFn: () => api.call(method, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/**
 * A write through the contract. Every write may change anything a view shows (and undo may touch any table),
 * so a successful write refetches the active queries; inactive ones refetch when next shown.
 */
export function useApiMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
