import type { CellClassParams, CellClassRules, Column, GridApi } from 'ag-grid-community';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { cellAt, isCellElement } from './cell-at';
import { type CellPos, type CellRange, contains, type Direction, isSingleCell, moveEnd, rangeOf, type Selection, singleCell } from './selection';

/** The column of row numbers some grids show first: selecting it selects whole rows; it holds no data. */
export const ROW_HEADER_ID = '__row';

/**
 * Our own cell-range selection on AG Grid Community: a mouse drag, Shift+click, Shift+arrows, a row number, or
 * Ctrl+A select a rectangle, highlighted through cell class rules. Focus stays AG Grid's (the active cell); the
 * rectangle follows it when the user moves without Shift.
 */
export function useRangeSelection<T>(apiRef: RefObject<GridApi<T> | null>, containerRef: RefObject<HTMLDivElement | null>) {
  const selection = useRef<Selection | null>(null);
  const columns = useRef<Column[]>([]);
  const indexOf = useRef(new Map<string, number>());
  const pointer = useRef({ down: false, rows: false });
  // While the clipboard helpers move focus away and back, a returning focus must not reset the selection.
  const holdUntil = useRef(0);
  const frame = useRef(0);

  const readColumns = useCallback(() => {
    const displayed = apiRef.current?.getAllDisplayedColumns() ?? [];
    columns.current = displayed;
    indexOf.current = new Map(displayed.map((column, index) => [column.getColId(), index]));
  }, [apiRef]);

  const bounds = useCallback(() => {
    const cols = columns.current.length;
    const firstCol = columns.current[0]?.getColId() === ROW_HEADER_ID ? 1 : 0;
    return { rows: apiRef.current?.getDisplayedRowCount() ?? 0, cols, firstCol };
  }, [apiRef]);

  const repaint = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      apiRef.current?.refreshCells();
    });
  }, [apiRef]);

  const set = useCallback(
    (next: Selection | null) => {
      selection.current = next;
      repaint();
    },
    [repaint],
  );

  /** A row number stands for its whole row. */
  const positionOf = useCallback(
    (rowIndex: number, colId: string): { pos: CellPos; wholeRow: boolean } => {
      if (colId === ROW_HEADER_ID) return { pos: { row: rowIndex, col: bounds().firstCol }, wholeRow: true };
      return { pos: { row: rowIndex, col: indexOf.current.get(colId) ?? 0 }, wholeRow: false };
    },
    [bounds],
  );

  const lastCol = () => Math.max(0, columns.current.length - 1);

  /** A press on a cell selects it; with Shift, the rectangle from the anchor to it; on a row number, whole rows. */
  const pressAt = useCallback(
    (rowIndex: number, colId: string, shiftKey: boolean) => {
      const { pos, wholeRow } = positionOf(rowIndex, colId);
      const current = selection.current;
      if (shiftKey && current) {
        set({ anchor: wholeRow ? { row: current.anchor.row, col: pos.col } : current.anchor, end: wholeRow ? { row: pos.row, col: lastCol() } : pos });
      } else {
        set(wholeRow ? { anchor: pos, end: { row: pos.row, col: lastCol() } } : singleCell(pos));
      }
    },
    [positionOf, set],
  );

  /** Dragging over a cell with the button held moves the rectangle's end there. */
  const dragOver = useCallback(
    (rowIndex: number, colId: string) => {
      const current = selection.current;
      if (!current) return;
      const { pos } = positionOf(rowIndex, colId);
      // A drag begun on a row number selects whole rows.
      const end = pointer.current.rows ? { row: pos.row, col: lastCol() } : pos;
      if (end.row !== current.end.row || end.col !== current.end.col) set({ anchor: current.anchor, end });
    },
    [positionOf, set],
  );

  /** Focus moved to a cell without the mouse (arrows, Tab, Enter after an edit): the selection follows it. */
  const focusedAt = useCallback(
    (rowIndex: number, colId: string) => {
      const { pos, wholeRow } = positionOf(rowIndex, colId);
      // AG Grid gives the focus back to the same cell after reloading rows: that keeps the rectangle.
      const current = selection.current;
      if (current && current.anchor.row === pos.row && current.anchor.col === pos.col) return;
      set(wholeRow ? { anchor: pos, end: { row: pos.row, col: lastCol() } } : singleCell(pos));
    },
    [positionOf, set],
  );

  // From the container's own events, in the order the user made them (see cell-at.ts): a press is seen before
  // AG Grid's handlers (capture), so the focus change it causes is not mistaken for keyboard navigation.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const down = (event: MouseEvent) => {
      const at = cellAt(event.target);
      if (event.button === 0) pointer.current = { down: true, rows: !!at && !at.pinned && at.colId === ROW_HEADER_ID };
      if (at && !at.pinned) pressAt(at.rowIndex, at.colId, event.shiftKey);
    };
    const over = (event: MouseEvent) => {
      if (!pointer.current.down) return;
      const at = cellAt(event.target);
      if (at && !at.pinned) dragOver(at.rowIndex, at.colId);
    };
    const focusIn = (event: FocusEvent) => {
      if (!isCellElement(event.target) || pointer.current.down || performance.now() < holdUntil.current) return;
      const at = cellAt(event.target);
      if (at?.pinned) set(null);
      else if (at) focusedAt(at.rowIndex, at.colId);
    };
    const up = () => {
      pointer.current = { down: false, rows: false };
    };
    container.addEventListener('mousedown', down, true);
    container.addEventListener('mouseover', over);
    container.addEventListener('focusin', focusIn);
    window.addEventListener('mouseup', up);
    return () => {
      container.removeEventListener('mousedown', down, true);
      container.removeEventListener('mouseover', over);
      container.removeEventListener('focusin', focusIn);
      window.removeEventListener('mouseup', up);
      if (frame.current) cancelAnimationFrame(frame.current);
    };
  }, [containerRef, pressAt, dragOver, focusedAt, set]);

  const extend = useCallback(
    (direction: Direction, toEdge: boolean) => {
      const current = selection.current;
      if (!current) return;
      const next = moveEnd(current, direction, bounds(), toEdge);
      set(next);
      const api = apiRef.current;
      if (direction === 'up' || direction === 'down') api?.ensureIndexVisible(next.end.row);
      else {
        const column = columns.current[next.end.col];
        if (column) api?.ensureColumnVisible(column);
      }
    },
    [apiRef, bounds, set],
  );

  const selectAll = useCallback(() => {
    const { rows, cols, firstCol } = bounds();
    if (rows === 0 || cols <= firstCol) return;
    set({ anchor: { row: 0, col: firstCol }, end: { row: rows - 1, col: cols - 1 } });
  }, [bounds, set]);

  const range = useCallback((): CellRange | null => (selection.current ? rangeOf(selection.current) : null), []);

  const classRules = useMemo<CellClassRules<T>>(() => {
    const active = (p: CellClassParams<T>): CellRange | null => {
      const s = selection.current;
      if (!s || p.node.rowPinned || p.node.rowIndex === null) return null;
      const r = rangeOf(s);
      if (isSingleCell(r)) return null;
      return contains(r, p.node.rowIndex, indexOf.current.get(p.column.getColId()) ?? -1) ? r : null;
    };
    const col = (p: CellClassParams<T>) => indexOf.current.get(p.column.getColId()) ?? -1;
    return {
      'gs-range': (p) => active(p) !== null,
      'gs-range-top': (p) => active(p)?.top === p.node.rowIndex,
      'gs-range-bottom': (p) => active(p)?.bottom === p.node.rowIndex,
      'gs-range-left': (p) => active(p)?.left === col(p),
      'gs-range-right': (p) => active(p)?.right === col(p),
    };
  }, []);

  const hold = useCallback((ms = 120) => {
    holdUntil.current = performance.now() + ms;
  }, []);

  // One stable object: effects and grid options that hold it are set up once.
  return useMemo(
    () => ({
      selection,
      columns,
      range,
      bounds,
      set,
      extend,
      selectAll,
      readColumns,
      classRules,
      hold,
    }),
    [range, bounds, set, extend, selectAll, readColumns, classRules, hold],
  );
}
