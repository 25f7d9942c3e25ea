// Rows from..to (inclusive) of a view, fetched in pages the contract allows (at most 500 rows a call), for the
// cells a copy, paste or fill touches beyond what the grid has loaded.

export const MAX_PAGE = 500;

export async function fetchRange<T, Q extends object>(
  fetchPage: (query: Q & { offset: number; limit: number }) => Promise<{ rows: T[] }>,
  query: Q,
  from: number,
  to: number,
): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = from; offset <= to; offset += MAX_PAGE) {
    const limit = Math.min(MAX_PAGE, to - offset + 1);
    const page = await fetchPage({ ...query, offset, limit });
    rows.push(...page.rows);
    if (page.rows.length < limit) break;
  }
  return rows;
}
