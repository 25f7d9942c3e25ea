import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '../../electron/api/schemas/reference';
import { useApiQuery } from '../app/api-hooks';
import { useLabel } from '../i18n/useLabel';

type Named = { code: string; nameVi: string; nameEn: string };
/** Reference lists whose items carry a code and names in both languages. */
export type NamedList = { [K in keyof ReferenceData]: ReferenceData[K] extends Named[] ? K : never }[keyof ReferenceData];

/**
 * The file's reference data (types, ownership kinds, capital sources, stages, groups) and the name of a code in
 * the UI language. An unknown code shows as itself, so nothing the file holds is hidden.
 */
export function useReference() {
  const query = useApiQuery('reference.get', {});
  const { i18n } = useTranslation();
  const pick = useLabel();
  // useLabel answers a new function each render, but only the language changes its answers. A stable `label` and
  // `name` keep the grids' column definitions stable between renders.
  const label = useMemo(() => pick, [i18n.language]);
  const maps = useMemo(() => {
    const data = query.data;
    const byList = new Map<NamedList, Map<string, Named>>();
    if (!data) return byList;
    for (const key of Object.keys(data) as (keyof ReferenceData)[]) {
      const list = data[key] as unknown[];
      if (list.every((item) => typeof item === 'object' && item !== null && 'code' in item && 'nameVi' in item)) {
        byList.set(key as NamedList, new Map((list as Named[]).map((item) => [item.code, item])));
      }
    }
    return byList;
  }, [query.data]);
  const name = useCallback(
    (list: NamedList, code: string | null | undefined): string => {
      if (code === null || code === undefined) return '';
      return label(maps.get(list)?.get(code)) || code;
    },
    [maps, label],
  );
  return { query, data: query.data, name, label };
}
