import type { ColDef } from 'ag-grid-community';
import type { ReactNode } from 'react';

/** What a server-mode grid asks for: the contract's page input. */
export interface PageRequest {
  offset: number;
  limit: number;
  search?: string;
  sort?: { field: string; direction: 'asc' | 'desc' };
}
export interface PageResult<T> {
  total: number;
  rows: T[];
}

/**
 * 'fill' takes the rest of a flex-column page (see Page's `fill`); 'auto' grows with the rows (small lists); a
 * number or CSS length fixes it.
 */
export type GridHeight = 'fill' | 'auto' | number | (string & {});

interface CommonProps<T> {
  columns: ColDef<T>[];
  /** data-testid of the grid's container; the toolbar's parts get `<testId>-search` and `<testId>-total`. */
  testId: string;
  ariaLabel: string;
  getRowId?: (row: T) => string;
  height?: GridHeight;
  /** Extra controls on the toolbar's left, beside the search box. */
  toolbar?: ReactNode;
}

export interface ServerGridProps<T> extends CommonProps<T> {
  mode: 'server';
  fetchPage: (request: PageRequest) => Promise<PageResult<T>>;
  /** Any change reloads the pages the grid holds (see useServerPages). */
  refreshToken?: unknown;
  /** Shows a search box; its text goes to the server as `search`. */
  searchPlaceholder?: string;
  pageSize?: number;
}

export interface ClientGridProps<T> extends CommonProps<T> {
  mode: 'client';
  rows: T[];
  pinnedBottomRows?: T[];
  /** Show the row count on a toolbar above the grid. */
  showTotal?: boolean;
}

export type DataGridProps<T> = ServerGridProps<T> | ClientGridProps<T>;
