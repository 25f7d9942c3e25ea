import { useMemo } from 'react';
import { useReference } from '../../components/useReference';
import type { ProjectChoices } from './columns';

/** Stages, task groups and capital sources from the file's reference data, named in the UI language. */
export function useProjectChoices(): ProjectChoices {
  const { data, label } = useReference();
  return useMemo(
    () => ({
      stages: (data?.lifecycleStages ?? []).map((s) => ({ value: s.code, label: label(s) })),
      taskGroups: (data?.taskGroups ?? []).map((g) => ({ value: g.code, label: `${g.code}. ${label(g)}` })),
      sources: (data?.capitalSources ?? []).map((s) => ({ code: s.code, name: label(s) })),
    }),
    [data, label],
  );
}
