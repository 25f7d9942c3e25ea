import { ownValue } from './own-value';

/**
 * WHERE clauses for a grid view: search that ignores diacritics and NFC/NFD (vn_fold) over the given columns, and
 * filters by value lists; filter keys the page sends are looked up among own keys only. Writes named parameters.
 */
export function viewClauses(
  view: { search?: string | undefined; filters?: Record<string, (string | number)[]> | undefined },
  columns: { search: readonly string[]; filters: Readonly<Record<string, string>> },
  params: Record<string, unknown>,
): string[] {
  const clauses: string[] = [];
  if (view.search) {
    clauses.push(`(${columns.search.map((c) => `vn_fold(${c}) LIKE '%' || vn_fold(@search) || '%'`).join(' OR ')})`);
    params.search = view.search;
  }
  for (const [field, values] of Object.entries(view.filters ?? {})) {
    const column = ownValue(columns.filters, field);
    if (!column || values.length === 0) continue;
    params[`f_${field}`] = JSON.stringify(values);
    clauses.push(`${column} IN (SELECT value FROM json_each(@f_${field}))`);
  }
  return clauses;
}
