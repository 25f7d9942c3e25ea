// The rectangle of selected cells, by displayed row and column index. AG Grid Community has no range selection
// (Enterprise), so the grid keeps its own: an anchor where the selection began and the end the user moved to.

export interface CellPos {
  row: number;
  col: number;
}

/** Inclusive bounds. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Selection {
  anchor: CellPos;
  end: CellPos;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

export const rangeOf = ({ anchor, end }: Selection): CellRange => ({
  top: Math.min(anchor.row, end.row),
  bottom: Math.max(anchor.row, end.row),
  left: Math.min(anchor.col, end.col),
  right: Math.max(anchor.col, end.col),
});

export const singleCell = (pos: CellPos): Selection => ({ anchor: pos, end: pos });

export const contains = (range: CellRange, row: number, col: number): boolean =>
  row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;

export const rangeSize = (range: CellRange) => ({ rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 });

export const isSingleCell = (range: CellRange): boolean => range.top === range.bottom && range.left === range.right;

/**
 * Shift+arrow: moves the selection's end one cell (or to the edge with Ctrl), never past the grid, never onto
 * the columns before `firstCol` (a row header that is not data).
 */
export function moveEnd(selection: Selection, direction: Direction, bounds: { rows: number; cols: number; firstCol?: number }, toEdge = false): Selection {
  const first = bounds.firstCol ?? 0;
  const { row, col } = selection.end;
  const clampRow = (r: number) => Math.max(0, Math.min(bounds.rows - 1, r));
  const clampCol = (c: number) => Math.max(first, Math.min(bounds.cols - 1, c));
  const next: CellPos =
    direction === 'up'
      ? { row: clampRow(toEdge ? 0 : row - 1), col }
      : direction === 'down'
        ? { row: clampRow(toEdge ? bounds.rows - 1 : row + 1), col }
        : direction === 'left'
          ? { row, col: clampCol(toEdge ? first : col - 1) }
          : { row, col: clampCol(toEdge ? bounds.cols - 1 : col + 1) };
  return { anchor: selection.anchor, end: next };
}

/** Every (row, col) of a range, row by row. */
export function* cellsOf(range: CellRange): Generator<CellPos> {
  for (let row = range.top; row <= range.bottom; row += 1) for (let col = range.left; col <= range.right; col += 1) yield { row, col };
}
