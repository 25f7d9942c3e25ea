import type {
  CellClassParams,
  CellClassRules,
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  Column,
  GridApi,
} from 'ag-grid-community';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
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

  const onCellMouseDown = useCallback(
    (event: CellMouseDownEvent<T>) => {
      if (event.rowPinned || event.rowIndex === null) return;
      const { pos, wholeRow } = positionOf(event.rowIndex, event.column.getColId());
      const mouse = event.event as MouseEvent | undefined;
      const current = selection.current;
      if (mouse?.shiftKey && current) {
        set({ anchor: wholeRow ? { row: current.anchor.row, col: pos.col } : current.anchor, end: wholeRow ? { row: pos.row, col: lastCol() } : pos });
      } else {
        set(wholeRow ? { anchor: pos, end: { row: pos.row, col: lastCol() } } : singleCell(pos));
      }
    },
    [positionOf, set],
  );

  const onCellMouseOver = useCallback(
    (event: CellMouseOverEvent<T>) => {
      const current = selection.current;
      if (!pointer.current.down || !current || event.rowPinned || event.rowIndex === null) return;
      const { pos } = positionOf(event.rowIndex, event.column.getColId());
      // A drag begun on a row number selects whole rows.
      const end = pointer.current.rows ? { row: pos.row, col: lastCol() } : pos;
      if (end.row !== current.end.row || end.col !== current.end.col) set({ anchor: current.anchor, end });
    },
    [positionOf, set],
  );

  const onCellFocused = useCallback(
    (event: CellFocusedEvent<T>) => {
      if (pointer.current.down || performance.now() < holdUntil.current) return;
      if (event.rowPinned || event.rowIndex === null || !event.column || typeof event.column === 'string') {
        if (event.rowPinned) set(null);
        return;
      }
      const { pos, wholeRow } = positionOf(event.rowIndex, (event.column as Column).getColId());
      set(wholeRow ? { anchor: pos, end: { row: pos.row, col: lastCol() } } : singleCell(pos));
    },
    [positionOf, set],
  );

  // Mouse state from the container, before AG Grid's own handlers run (capture), so a focus change caused by a
  // click is not mistaken for keyboard navigation.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const down = (event: MouseEvent) => {
      if (event.button !== 0) return;
      const cell = (event.target as HTMLElement | null)?.closest?.('.ag-cell');
      pointer.current = { down: true, rows: cell?.getAttribute('col-id') === ROW_HEADER_ID };
    };
    const up = () => {
      pointer.current = { down: false, rows: false };
    };
    container.addEventListener('mousedown', down, true);
    window.addEventListener('mouseup', up);
    return () => {
      container.removeEventListener('mousedown', down, true);
      window.removeEventListener('mouseup', up);
      if (frame.current) cancelAnimationFrame(frame.current);
    };
  }, [containerRef]);

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
      handlers: { onCellMouseDown, onCellMouseOver, onCellFocused },
    }),
    [range, bounds, set, extend, selectAll, readColumns, classRules, hold, onCellMouseDown, onCellMouseOver, onCellFocused],
  );
}
