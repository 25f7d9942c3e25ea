import type { CapitalCell } from '../../../electron/api/schemas/registers';

export const measures = ['adjustedDong', 'plannedDong', 'disbursedDong'] as const;
export type Measure = (typeof measures)[number];

export interface SourceRow {
  /** null on the totals row. */
  year: number | null;
  bySource: Record<string, number>;
  total: number;
}

export interface YearTotals {
  year: number | null;
  plannedDong: number;
  adjustedDong: number;
  disbursedDong: number;
  /** Disbursed ÷ allocated, in percent; null where nothing was allocated. */
  disbursedPercent: number | null;
}

const years = (cells: readonly CapitalCell[]) => [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);

/** Source columns: the reference list's order, then any code the data holds that the list does not. */
export function sourceCodes(cells: readonly CapitalCell[], reference: readonly { code: string }[]): string[] {
  const codes = reference.map((s) => s.code);
  for (const cell of cells) if (!codes.includes(cell.sourceCode)) codes.push(cell.sourceCode);
  return codes;
}

/** Years × sources of one measure, in đồng, with a totals row for the grid's pinned bottom row. */
export function sourceMatrix(cells: readonly CapitalCell[], sources: readonly string[], measure: Measure) {
  const emptyRow = (year: number | null): SourceRow => ({ year, bySource: Object.fromEntries(sources.map((s) => [s, 0])), total: 0 });
  const rows = years(cells).map(emptyRow);
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const totals = emptyRow(null);
  for (const cell of cells) {
    const row = byYear.get(cell.year);
    if (!row) continue;
    const amount = cell[measure];
    row.bySource[cell.sourceCode] = (row.bySource[cell.sourceCode] ?? 0) + amount;
    row.total += amount;
    totals.bySource[cell.sourceCode] = (totals.bySource[cell.sourceCode] ?? 0) + amount;
    totals.total += amount;
  }
  return { rows, totals };
}

/** All sources added up per year, every measure side by side, with the overall totals. */
export function yearTotals(cells: readonly CapitalCell[]) {
  const blank = (year: number | null): YearTotals => ({ year, plannedDong: 0, adjustedDong: 0, disbursedDong: 0, disbursedPercent: null });
  const rows = years(cells).map(blank);
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const totals = blank(null);
  for (const cell of cells) {
    for (const target of [byYear.get(cell.year), totals]) {
      if (!target) continue;
      target.plannedDong += cell.plannedDong;
      target.adjustedDong += cell.adjustedDong;
      target.disbursedDong += cell.disbursedDong;
    }
  }
  for (const row of [...rows, totals]) {
    row.disbursedPercent = row.adjustedDong > 0 ? (row.disbursedDong / row.adjustedDong) * 100 : null;
  }
  return { rows, totals };
}
