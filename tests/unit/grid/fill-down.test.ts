import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillDownColumn } from '../../../renderer/components/grid/fill-down';

describe('fill down (Ctrl+D)', () => {
  it('copies the first value into the rest', () => {
    expect(fillDownColumn(['Xã A', 'x', null, 'y'], false)).toEqual(['Xã A', 'Xã A', 'Xã A']);
    expect(fillDownColumn([5, null, 7], true)).toEqual([5, 5]);
    expect(fillDownColumn([5, 9], true)).toEqual([5]);
    expect(fillDownColumn([null, 3, 4], true)).toEqual([null, null]);
  });

  it('continues a numeric series begun by the top two cells', () => {
    expect(fillDownColumn([10, 20, null, 0, 1], true)).toEqual([20, 30, 40, 50]);
    expect(fillDownColumn([2025, 2026, 1, 1], true)).toEqual([2026, 2027, 2028]);
    expect(fillDownColumn([0.1, 0.2, 0, 0, 0], true)).toEqual([0.2, 0.3, 0.4, 0.5]);
    expect(fillDownColumn([10, 20, 1], false)).toEqual([10, 10]);
  });

  it('gives an arithmetic series or a constant column, one value per row below the first (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 3, max: 40 }), (a, b, n) => {
        const column = [a, b, ...Array.from({ length: n - 2 }, () => null)];
        const filled = fillDownColumn(column, true);
        expect(filled).toHaveLength(n - 1);
        filled.forEach((value, k) => expect(value).toBe(a + (k + 1) * (b - a)));
      }),
    );
  });
});
