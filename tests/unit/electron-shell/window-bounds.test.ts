import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreWindowBounds } from '../../../electron/main/window-bounds';

const min = { width: 960, height: 600 };
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor = { x: -1680, y: 0, width: 1680, height: 1010 };
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false) => ({ x, y, width, height, maximized });

describe('window bounds restore', () => {
  it('uses the default size, centred by the OS, when nothing was saved', () => {
    expect(restoreWindowBounds(null, [laptop], min)).toEqual({ bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false });
  });

  it('restores bounds that are still on a display', () => {
    expect(restoreWindowBounds(saved(100, 50), [laptop], min)).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false });
    expect(restoreWindowBounds(saved(-1500, 20), [laptop, leftMonitor], min).bounds).toMatchObject({ x: -1500, y: 20 });
  });

  it('rejects bounds on a monitor that has been unplugged', () => {
    const result = restoreWindowBounds(saved(-1500, 20), [laptop], min);
    expect(result.bounds).toEqual({ ...DEFAULT_WINDOW_SIZE });
    expect(result.bounds.x).toBeUndefined();
  });

  it('rejects off-screen bounds, including a title bar above or below every display', () => {
    for (const b of [saved(5000, 100), saved(100, 3000), saved(100, -400), saved(100, 1030), saved(1900, 100), saved(-1190, 100)]) {
      expect(restoreWindowBounds(b, [laptop], min).bounds.x, JSON.stringify(b)).toBeUndefined();
    }
  });

  it('accepts a window partly off-screen while enough title bar stays grabbable', () => {
    expect(restoreWindowBounds(saved(1700, 100), [laptop], min).bounds.x).toBe(1700);
    expect(restoreWindowBounds(saved(-1000, 100), [laptop], min).bounds.x).toBe(-1000);
  });

  it('shrinks a window larger than its display now, and never below the minimum', () => {
    expect(restoreWindowBounds(saved(0, 0, 2560, 1400), [laptop], min).bounds).toMatchObject({ width: 1920, height: 1040 });
    expect(restoreWindowBounds(saved(0, 0, 300, 200), [laptop], min).bounds).toMatchObject({ width: 960, height: 600 });
  });

  it('rejects nonsense numbers from a hand-edited preferences file', () => {
    for (const b of [saved(Number.NaN, 0), saved(0, Number.POSITIVE_INFINITY), saved(0, 0, 0, 800), saved(0, 0, 1200, -5)]) {
      expect(restoreWindowBounds(b, [laptop], min).bounds.x).toBeUndefined();
    }
  });

  it('keeps the maximized state, even when the position had to be dropped', () => {
    expect(restoreWindowBounds(saved(100, 50, 1200, 800, true), [laptop], min).maximized).toBe(true);
    expect(restoreWindowBounds(saved(9000, 50, 1200, 800, true), [laptop], min).maximized).toBe(true);
  });
});
