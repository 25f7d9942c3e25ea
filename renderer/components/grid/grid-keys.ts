import type { Direction } from './selection';

// The keys the grid handles itself rather than AG Grid (which would ignore or misread them in Community): range
// selection, copy and paste, clearing, filling down, opening a row. Pure, so the keyboard contract is testable.

export type GridKeyAction =
  | { kind: 'extend'; direction: Direction; toEdge: boolean }
  | { kind: 'selectAll' }
  | { kind: 'copy' }
  | { kind: 'paste' }
  | { kind: 'clear' }
  | { kind: 'fillDown' }
  | { kind: 'openRow' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What a key press means to a grid that is not editing a cell; null leaves it to AG Grid (or to the app). */
export function gridKeyAction(event: KeyLike, context: { onRowHeader: boolean }): GridKeyAction | null {
  if (event.altKey) return null;
  const command = event.ctrlKey || event.metaKey;
  const direction = ARROWS[event.key];
  if (direction && event.shiftKey) return { kind: 'extend', direction, toEdge: command };
  if (command && !event.shiftKey) {
    switch (event.key.toLowerCase()) {
      case 'a':
        return { kind: 'selectAll' };
      case 'c':
        return { kind: 'copy' };
      case 'v':
        return { kind: 'paste' };
      case 'd':
        return { kind: 'fillDown' };
      default:
        return null;
    }
  }
  if (!command && !event.shiftKey && event.key === 'Delete') return { kind: 'clear' };
  if (!command && !event.shiftKey && event.key === 'Enter' && context.onRowHeader) return { kind: 'openRow' };
  return null;
}
