import type { Column, GridApi, ValueFormatterParams } from 'ag-grid-community';
import { serialiseTsv } from './tsv';
import type { CellRange } from './selection';
import { ROW_HEADER_ID } from './useRangeSelection';

// The text of a selected rectangle, as tab-separated lines: each cell as the grid's copy rule says (editable grids
// copy plain numbers), or else as the cell shows it.

export type CopyText<T> = (row: T, column: Column) => string;

/** What a column's cell shows for a row, computed without the row being rendered (rows fetched for a copy). */
export function shownText<T>(api: GridApi<T>, column: Column, row: T): string {
  const def = column.getColDef();
  const raw = def.field ? (row as Record<string, unknown>)[def.field] : undefined;
  if (typeof def.valueFormatter === 'function') {
    const params = { value: raw, data: row, node: null, colDef: def, column, api, context: undefined } as unknown as ValueFormatterParams<T>;
    return def.valueFormatter(params) ?? '';
  }
  return raw === null || raw === undefined ? '' : String(raw);
}

/** The TSV of a range, or null when a row of it is not loaded (the caller fetches `rows` and asks again). */
export function rangeText<T>(api: GridApi<T>, range: CellRange, columns: Column[], copyText?: CopyText<T>, rows?: (T | undefined)[]): string | null {
  const lines: string[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const data = rows ? rows[r - range.top] : api.getDisplayedRowAtIndex(r)?.data;
    if (data === undefined) return null;
    const cells: string[] = [];
    for (let c = range.left; c <= range.right; c += 1) {
      const column = columns[c];
      if (!column || column.getColId() === ROW_HEADER_ID) continue;
      cells.push(copyText ? copyText(data, column) : shownText(api, column, data));
    }
    lines.push(cells);
  }
  return serialiseTsv(lines);
}
