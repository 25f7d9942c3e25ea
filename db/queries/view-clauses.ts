import { ownValue } from './own-value';

/** `text` for LIKE with ESCAPE '\': a typed "%" or "_" is looked for as itself, not as a wildcard. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A search over `columns` that ignores diacritics, case and NFC/NFD (vn_fold). `placeholder` is bound to the text
 * through likeLiteral, once per column for "?"; `foldedParameter` says the bound text is folded already.
 */
export function foldedSearch(columns: readonly string[], placeholder = '@search', foldedParameter = false): string {
  const needle = foldedParameter ? placeholder : `vn_fold(${placeholder})`;
  return `(${columns.map((c) => `vn_fold(${c}) LIKE '%' || ${needle} || '%' ESCAPE '\\'`).join(' OR ')})`;
}

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
    clauses.push(foldedSearch(columns.search));
    params.search = likeLiteral(view.search);
  }
  for (const [field, values] of Object.entries(view.filters ?? {})) {
    const column = ownValue(columns.filters, field);
    if (!column || values.length === 0) continue;
    params[`f_${field}`] = JSON.stringify(values);
    clauses.push(`${column} IN (SELECT value FROM json_each(@f_${field}))`);
  }
  return clauses;
}
