import { useMemo } from 'react';
import { useApiQuery } from '../../app/api-hooks';
import type { Choice } from '../../components/grid/types';

/** Targets, key tasks and projects a milestone may be linked to, as choices of the link column and the form. */
export function useLinkChoices(): { choices: Choice[] } {
  const query = useApiQuery('roadmap.linkChoices', {});
  const choices = useMemo(() => (query.data ?? []).map((c) => ({ value: c.value, label: c.label })), [query.data]);
  return { choices };
}
