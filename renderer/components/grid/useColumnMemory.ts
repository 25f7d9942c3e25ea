import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useMemo } from 'react';

// A grid remembers its column widths and sort per gridId (in the page's local storage, on this machine): a planner
// who widened the name column finds it wide the next day.

const keyOf = (gridId: string) => `gdnn.grid.${gridId}.columns`;

function read(gridId: string): ColumnState[] | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(keyOf(gridId)) ?? 'null') as unknown;
    return Array.isArray(saved) ? (saved as ColumnState[]) : null;
  } catch {
    return null;
  }
}

export function useColumnMemory<T>(gridId: string) {
  const restore = useCallback(
    (api: GridApi<T>) => {
      const saved = read(gridId);
      if (saved) api.applyColumnState({ state: saved.map(({ colId, width, sort }) => ({ colId, width, sort: sort ?? null })) });
    },
    [gridId],
  );
  const save = useCallback(
    (api: GridApi<T>) => {
      const state = api.getColumnState().map(({ colId, width, sort }) => ({ colId, width, sort }));
      try {
        window.localStorage.setItem(keyOf(gridId), JSON.stringify(state));
      } catch {
        // A full or disabled storage only costs the memory of widths.
      }
    },
    [gridId],
  );
  return useMemo(() => ({ restore, save }), [restore, save]);
}
