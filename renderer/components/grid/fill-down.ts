import type { CellValue } from '../../../electron/api/schemas/grid';

// Ctrl+D: the first selected row's value goes into the rest of the selection, as in Excel. In a numeric column
// whose top two cells both hold numbers (10, 20) and at least one cell follows, the series continues (30, 40…)
// instead: that is what a planner filling years or step targets means, and copying is still one Ctrl+D on a
// single source row away.

const decimalsOf = (n: number) => {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
};

/** New values for rows 1..n-1 of one column (index 0 is the source and is never changed). */
export function fillDownColumn(values: readonly CellValue[], numeric: boolean): CellValue[] {
  if (values.length < 2) return [];
  const [first, second] = values;
  if (numeric && values.length >= 3 && typeof first === 'number' && typeof second === 'number') {
    const step = second - first;
    const decimals = Math.min(10, Math.max(decimalsOf(first), decimalsOf(second)));
    return values.slice(1).map((_, k) => (k === 0 ? second : Number((first + (k + 1) * step).toFixed(decimals))));
  }
  return values.slice(1).map(() => first ?? null);
}
