import { type CellRange, isSingleCell } from './selection';

// Where a pasted block lands: from the selection's top-left cell, one clipboard cell per grid cell, as Excel does;
// a single copied value pasted over a larger selection fills all of it. Cells in read-only columns or past the
// last column are counted, never edited; rows past the last row become new rows (the grid asks first).

export interface PasteTarget {
  row: number;
  col: number;
  text: string;
}

export interface PastePlan {
  /** Cells of existing rows, in editable columns. */
  cells: PasteTarget[];
  /** Rows past the last one, in order; `index` counts from the first new row. */
  newRows: { index: number; cells: { col: number; text: string }[] }[];
  skippedReadOnly: number;
  skippedOutside: number;
}

export interface PasteGrid {
  rowCount: number;
  colCount: number;
  /** Columns a paste may write (data columns that are editable at all; row-level locks come later). */
  isEditableColumn: (col: number) => boolean;
}

export function planPaste(block: readonly (readonly string[])[], range: CellRange, grid: PasteGrid): PastePlan {
  const plan: PastePlan = { cells: [], newRows: [], skippedReadOnly: 0, skippedOutside: 0 };
  const fillSelection = block.length === 1 && block[0]!.length === 1 && !isSingleCell(range);
  const placed: PasteTarget[] = [];
  if (fillSelection) {
    const text = block[0]![0]!;
    for (let row = range.top; row <= Math.min(range.bottom, grid.rowCount - 1); row += 1) {
      for (let col = range.left; col <= range.right; col += 1) placed.push({ row, col, text });
    }
  } else {
    block.forEach((cells, r) => cells.forEach((text, c) => placed.push({ row: range.top + r, col: range.left + c, text })));
  }
  const newRows = new Map<number, { col: number; text: string }[]>();
  for (const target of placed) {
    if (target.col >= grid.colCount || target.col < 0 || target.row < 0) plan.skippedOutside += 1;
    else if (!grid.isEditableColumn(target.col)) plan.skippedReadOnly += 1;
    else if (target.row >= grid.rowCount) {
      const index = target.row - grid.rowCount;
      newRows.set(index, [...(newRows.get(index) ?? []), { col: target.col, text: target.text }]);
    } else plan.cells.push(target);
  }
  plan.newRows = [...newRows.entries()].sort(([a], [b]) => a - b).map(([index, cells]) => ({ index, cells }));
  return plan;
}
