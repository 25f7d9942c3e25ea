import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../../renderer/components/grid/grid-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('grid keys', () => {
  const cell = { onRowHeader: false };
  it('takes Shift+arrows, Ctrl+A/C/V/D, Delete and Enter on the row header; leaves the rest to AG Grid and the app', () => {
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), cell)).toEqual({ kind: 'extend', direction: 'down', toEdge: false });
    expect(gridKeyAction(key('ArrowLeft', { shiftKey: true, ctrlKey: true }), cell)).toEqual({ kind: 'extend', direction: 'left', toEdge: true });
    expect(gridKeyAction(key('c', { ctrlKey: true }), cell)).toEqual({ kind: 'copy' });
    expect(gridKeyAction(key('V', { metaKey: true }), cell)).toEqual({ kind: 'paste' });
    expect(gridKeyAction(key('d', { ctrlKey: true }), cell)).toEqual({ kind: 'fillDown' });
    expect(gridKeyAction(key('a', { ctrlKey: true }), cell)).toEqual({ kind: 'selectAll' });
    expect(gridKeyAction(key('Delete'), cell)).toEqual({ kind: 'clear' });
    expect(gridKeyAction(key('Enter'), { onRowHeader: true })).toEqual({ kind: 'openRow' });
    expect(gridKeyAction(key('Enter'), cell)).toBeNull();
    expect(gridKeyAction(key('ArrowDown'), cell)).toBeNull();
    expect(gridKeyAction(key('z', { ctrlKey: true }), cell)).toBeNull();
    expect(gridKeyAction(key('z', { ctrlKey: true, shiftKey: true }), cell)).toBeNull();
    expect(gridKeyAction(key('Backspace'), cell)).toBeNull();
    expect(gridKeyAction(key('c', { ctrlKey: true, altKey: true }), cell)).toBeNull();
  });
});
