import type { GridApi } from 'ag-grid-community';
import { type RefObject, useEffect, useRef } from 'react';
import { rangeText, type CopyText } from './cell-copy';
import { copyNow, createCatcher, isCatcher, offerForCopy, receivePaste } from './clipboard-catcher';
import { gridKeyAction } from './grid-keys';
import type { CellRange } from './selection';
import { parseTsv } from './tsv';
import { isPrintableKey, type TypeAhead } from './type-ahead';
import { ROW_HEADER_ID, type useRangeSelection } from './useRangeSelection';

/** What the grid does with a range beyond selecting and copying it; only editable grids pass these. */
export interface RangeActions {
  paste?(block: string[][], range: CellRange): void;
  clear?(range: CellRange): void;
  fillDown?(range: CellRange): void;
  openRow?(rowIndex: number): void;
}

interface Options<T> {
  apiRef: RefObject<GridApi<T> | null>;
  containerRef: RefObject<HTMLDivElement | null>;
  selection: ReturnType<typeof useRangeSelection<T>>;
  actions?: RangeActions;
  copyText?: CopyText<T>;
  /** Rows of the view by index, for copying rows the grid has not loaded. */
  loadRows?: (from: number, to: number) => Promise<T[]>;
  /** Keys typed while an edit is starting, kept for the editor (editable grids). */
  typeAhead?: TypeAhead;
}

/** A target inside a cell editor (or any other text field) keeps its own keys, copy and paste. */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && !isCatcher(target) && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The spreadsheet keys on top of AG Grid's own navigation and editing: Shift+arrows and Ctrl+A select, Ctrl+C
 * copies the rectangle, Ctrl+V pastes a block, Delete clears, Ctrl+D fills down, Enter on a row number opens it.
 * Copy and paste go through the page's `copy` / `paste` events (see clipboard-catcher.ts).
 */
export function useGridKeyboard<T>({ apiRef, containerRef, selection, actions, copyText, loadRows, typeAhead }: Options<T>) {
  const latest = useRef({ actions, copyText, loadRows, typeAhead });
  latest.current = { actions, copyText, loadRows, typeAhead };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const catcher = createCatcher(container);
    let returnTo: HTMLElement | null = null;

    const leaveCell = () => {
      returnTo = document.activeElement instanceof HTMLElement && !isCatcher(document.activeElement) ? document.activeElement : returnTo;
      selection.hold();
    };
    const backToCell = () => {
      selection.hold();
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
      else {
        const focused = apiRef.current?.getFocusedCell();
        if (focused) apiRef.current?.setFocusedCell(focused.rowIndex, focused.column, focused.rowPinned);
      }
      returnTo = null;
    };
    const textOf = (range: CellRange, rows?: T[]) =>
      apiRef.current ? rangeText(apiRef.current, range, selection.columns.current, latest.current.copyText, rows) : null;

    const onKeyDown = (event: KeyboardEvent) => {
      const api = apiRef.current;
      if (!api || isTextField(event.target) || isCatcher(event.target) || api.getEditingCells().length > 0) return;
      const focused = api.getFocusedCell();
      const action = gridKeyAction(event, { onRowHeader: focused?.column.getColId() === ROW_HEADER_ID });
      if (!action) return;
      const range = selection.range();
      const { actions: act } = latest.current;
      switch (action.kind) {
        case 'extend':
          event.preventDefault();
          selection.extend(action.direction, action.toEdge);
          return;
        case 'selectAll':
          event.preventDefault();
          selection.selectAll();
          return;
        case 'copy': {
          if (!range) return;
          const text = textOf(range);
          leaveCell();
          if (text !== null) {
            // The browser's copy follows this key press and takes the catcher's selected text.
            offerForCopy(catcher, text);
            window.setTimeout(backToCell, 0);
            return;
          }
          event.preventDefault();
          void latest.current.loadRows?.(range.top, range.bottom).then((rows) => {
            const loaded = textOf(range, rows);
            if (loaded !== null) copyNow(catcher, loaded);
            backToCell();
          });
          return;
        }
        case 'paste':
          if (!act?.paste || !range) return;
          leaveCell();
          receivePaste(catcher);
          // An empty clipboard fires no paste event: come back anyway.
          window.setTimeout(() => {
            if (document.activeElement === catcher) backToCell();
          }, 300);
          return;
        case 'clear':
          event.preventDefault();
          if (act?.clear && range) act.clear(range);
          return;
        case 'fillDown':
          // Also keeps the browser from bookmarking the page.
          event.preventDefault();
          if (act?.fillDown && range) act.fillDown(range);
          return;
        case 'openRow':
          event.preventDefault();
          if (act?.openRow && focused) act.openRow(focused.rowIndex);
          return;
      }
    };

    const onCopy = (event: ClipboardEvent) => {
      if (isTextField(event.target)) return;
      const range = selection.range();
      const text = range ? textOf(range) : null;
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      if (isCatcher(event.target)) window.setTimeout(backToCell, 0);
    };

    const onPaste = (event: ClipboardEvent) => {
      if (isTextField(event.target)) return;
      const paste = latest.current.actions?.paste;
      const range = selection.range();
      if (isCatcher(event.target)) window.setTimeout(backToCell, 0);
      if (!paste || !range || apiRef.current?.getEditingCells().length) return;
      event.preventDefault();
      const block = parseTsv(event.clipboardData?.getData('text/plain') ?? '');
      if (block.length > 0) paste(block, range);
    };

    // Capture: before AG Grid's cell sees a key that arrives while the editor is still being created.
    const holdTypedKeys = (event: KeyboardEvent) => {
      const buffer = latest.current.typeAhead;
      if (!buffer || !isPrintableKey(event) || isTextField(event.target) || isCatcher(event.target)) return;
      if (!apiRef.current?.getEditingCells().length) return;
      buffer.push(event.key);
      event.preventDefault();
      event.stopPropagation();
    };

    container.addEventListener('keydown', holdTypedKeys, true);
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('copy', onCopy);
    container.addEventListener('paste', onPaste);
    return () => {
      container.removeEventListener('keydown', holdTypedKeys, true);
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('copy', onCopy);
      container.removeEventListener('paste', onPaste);
      catcher.remove();
    };
  }, [apiRef, containerRef, selection]);
}
