import { ClientGrid } from './ClientGrid';
import type { DataGridProps } from './grid-types';
import { ServerGrid } from './ServerGrid';

export type { ClientGridProps, DataGridProps, PageRequest, PageResult, ServerGridProps } from './grid-types';

/**
 * A read-only grid. Both modes render the shared GridSurface (renderer/components/grid), the same component the
 * editable grids use: `mode="server"` pages, sorts and searches in the database through the contract (Infinite
 * Row Model, with useServerPages); `mode="client"` shows a small list in memory. Number columns come from
 * grid-columns.ts so every figure prints the Vietnamese way.
 */
export function DataGrid<T>(props: DataGridProps<T>) {
  return props.mode === 'server' ? <ServerGrid {...props} /> : <ClientGrid {...props} />;
}
