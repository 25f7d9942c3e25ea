export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedBounds extends Rect {
  maximized: boolean;
}

export interface InitialBounds {
  /** Absent position: let the OS centre the window on the primary display. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** How much of the title bar must lie on a display for the user to be able to grab and move the window. */
const TITLE_BAR_HEIGHT = 32;
const MIN_GRABBABLE_WIDTH = 120;

const isFiniteRect = (r: Rect) => [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;

/**
 * The window's first bounds from the saved ones and the displays' work areas now. Saved bounds are used only if the
 * title bar is still on a display (a monitor may have been unplugged, or the resolution lowered since): otherwise
 * the window would open where the user cannot see or reach it. Size is clamped to the chosen display and to the
 * minimum; the maximized state is kept either way.
 */
export function restoreWindowBounds(
  saved: SavedBounds | null,
  workAreas: readonly Rect[],
  minimum: { width: number; height: number },
  fallback: { width: number; height: number } = DEFAULT_WINDOW_SIZE,
): InitialBounds {
  const fallbackBounds = (maximized: boolean): InitialBounds => ({ bounds: { ...fallback }, maximized });
  if (!saved || !isFiniteRect(saved)) return fallbackBounds(false);
  const area = workAreas.find((a) => {
    const overlap = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const titleOnScreen = saved.y >= a.y && saved.y + TITLE_BAR_HEIGHT <= a.y + a.height;
    return titleOnScreen && overlap >= Math.min(MIN_GRABBABLE_WIDTH, saved.width);
  });
  if (!area) return fallbackBounds(saved.maximized);
  const width = Math.max(minimum.width, Math.min(saved.width, area.width));
  const height = Math.max(minimum.height, Math.min(saved.height, area.height));
  return { bounds: { x: Math.round(saved.x), y: Math.round(saved.y), width: Math.round(width), height: Math.round(height) }, maximized: saved.maximized };
}
