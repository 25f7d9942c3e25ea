import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf, contains, moveEnd, rangeOf, rangeSize, singleCell } from '../../../renderer/components/grid/selection';

describe('cell-range selection', () => {
  it('normalises an anchor and an end dragged in any direction into a rectangle', () => {
    expect(rangeOf({ anchor: { row: 5, col: 3 }, end: { row: 2, col: 1 } })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(rangeSize({ top: 2, bottom: 5, left: 1, right: 3 })).toEqual({ rows: 4, cols: 3 });
    expect([...cellsOf({ top: 0, bottom: 1, left: 2, right: 3 })]).toEqual([
      { row: 0, col: 2 },
      { row: 0, col: 3 },
      { row: 1, col: 2 },
      { row: 1, col: 3 },
    ]);
  });

  it('moves the end with Shift+arrows and to the edge with Ctrl, keeping the anchor and the row header out', () => {
    const bounds = { rows: 10, cols: 6, firstCol: 1 };
    let s = singleCell({ row: 3, col: 2 });
    s = moveEnd(s, 'down', bounds);
    s = moveEnd(s, 'right', bounds);
    expect(s).toEqual({ anchor: { row: 3, col: 2 }, end: { row: 4, col: 3 } });
    expect(moveEnd(s, 'left', bounds, true).end).toEqual({ row: 4, col: 1 });
    expect(moveEnd(s, 'up', bounds, true).end).toEqual({ row: 0, col: 3 });
    expect(moveEnd(singleCell({ row: 9, col: 5 }), 'down', bounds).end).toEqual({ row: 9, col: 5 });
  });

  it('never leaves the grid, whatever the keys pressed (property)', () => {
    const direction = fc.constantFrom('up', 'down', 'left', 'right' as const);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 12 }), fc.array(fc.tuple(direction, fc.boolean()), { maxLength: 40 }), (rows, cols, keys) => {
        const bounds = { rows, cols, firstCol: 1 };
        let s = singleCell({ row: 0, col: 1 });
        for (const [key, edge] of keys) s = moveEnd(s, key, bounds, edge);
        const range = rangeOf(s);
        expect(range.top).toBeGreaterThanOrEqual(0);
        expect(range.bottom).toBeLessThan(rows);
        expect(range.left).toBeGreaterThanOrEqual(1);
        expect(range.right).toBeLessThan(cols);
        expect(contains(range, s.anchor.row, s.anchor.col)).toBe(true);
      }),
    );
  });
});
