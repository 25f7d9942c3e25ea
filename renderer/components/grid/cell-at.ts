// Which body cell of the grid a DOM event happened in, read from AG Grid's markup: `row-index` on the row element,
// `col-id` on the cell. The selection follows the mouse and the focus from these events themselves, not from AG
// Grid's cellMouseDown / cellFocused: AG Grid hands those to the app from a timer, and a busy page gives queued key
// presses priority over timers, so Shift+arrows or Ctrl+V pressed right after a click would act on the selection
// from before it (and the late click would then undo the keys' selection).

export type CellTarget = { pinned: true } | { pinned: false; rowIndex: number; colId: string };

/** The cell `target` is in (or is), or null outside the cells (headers, scrollbars, the grid's padding). */
export function cellAt(target: EventTarget | null): CellTarget | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('.ag-cell');
  const colId = cell?.getAttribute('col-id');
  const row = cell?.closest('.ag-row');
  if (!cell || !colId || !row) return null;
  // Pinned rows (the totals) carry "t-0" / "b-0" as their index.
  const rowIndex = Number(row.getAttribute('row-index'));
  if (row.classList.contains('ag-row-pinned') || !Number.isInteger(rowIndex)) return { pinned: true };
  return { pinned: false, rowIndex, colId };
}

/** True when `target` is the cell element itself (not an editor or a button inside it). */
export const isCellElement = (target: EventTarget | null): boolean => target instanceof Element && target.classList.contains('ag-cell');
