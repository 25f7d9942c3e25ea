import type { CSSProperties } from 'react';
import type { GridHeight } from './grid-types';

export function gridBoxStyle(height: GridHeight): CSSProperties {
  if (height === 'fill') return { flex: '1 1 auto', minHeight: 360 };
  return height === 'auto' ? {} : { height, minHeight: 200 };
}

/** The column of grid and toolbar: in a filling page it takes the space left, else it sizes to its content. */
export const gridColumnStyle = (height: GridHeight): CSSProperties | undefined =>
  height === 'fill' ? { flex: '1 1 auto', minHeight: 0 } : undefined;
