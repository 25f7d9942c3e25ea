// ?year=2025 on the roadmap: milestones due by the end of that year (the submission's pre-flight links to
// ?status=none&year=2025). Milestones may fall in 2020–2035; the register filters by listed years.

export const FIRST_YEAR = 2020;
const LAST_YEAR = 2035;

export function upToYearOf(params: URLSearchParams): number | null {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** The register's year filter for "due by `year`". */
export const yearsUpTo = (year: number) => Array.from({ length: year - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
