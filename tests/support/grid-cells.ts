import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Grid cells as the user sees them, by row number rather than by position in the page. AG Grid renders only the
// rows near the viewport (plus a buffer) and re-creates row elements as it scrolls: the n-th row element is the
// n-th row only while row 0 is still rendered, so a test that counts elements reads the wrong row once the grid
// has scrolled.

/** The body cell of displayed row `row` in column `colId` (AG Grid 36 keeps pinned-left and centre cells in one row element). */
export const gridCell = (page: Page, row: number, colId: string, grid?: string): Locator =>
  page.locator(`${grid ? `[data-testid="${grid}"] ` : ''}.ag-row[row-index="${row}"]:not(.ag-row-pinned) [col-id="${colId}"]`);

type RowElement = { getAttribute(name: string): string | null; querySelector(selector: string): { textContent: string | null } | null };

/** The texts of column `colId` in every rendered body row, ordered by row number, with the row numbers. */
export async function renderedColumn(page: Page, colId: string, grid?: string): Promise<{ row: number; text: string }[]> {
  const rows = page.locator(`${grid ? `[data-testid="${grid}"] ` : ''}.ag-row:not(.ag-row-pinned)`);
  const found = (await rows.evaluateAll(
    (els: RowElement[], col: string) =>
      els.flatMap((el) => {
        const cell = el.querySelector(`[col-id="${col}"]`);
        return cell ? [{ row: Number(el.getAttribute('row-index')), text: cell.textContent ?? '' }] : [];
      }),
    colId,
  )) as { row: number; text: string }[];
  return found.sort((a, b) => a.row - b.row);
}

/** The texts of column `colId` in rendered rows, in row order (for short, filtered views that fit the viewport). */
export async function columnTexts(page: Page, colId: string, grid?: string): Promise<string[]> {
  return (await renderedColumn(page, colId, grid)).map((cell) => cell.text);
}

/**
 * The texts of column `colId` in rows `from`..`to` (inclusive), read by row number, once every one of them reads
 * something: a row whose page is still loading (after opening, a refresh or a write) is drawn empty first. For
 * columns that always hold a value (codes, names).
 */
export async function textsInRows(page: Page, colId: string, from: number, to: number, grid?: string): Promise<string[]> {
  const rows = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  let texts: string[] = [];
  await expect
    .poll(
      async () => {
        texts = await Promise.all(rows.map(async (row) => (await gridCell(page, row, colId, grid).textContent({ timeout: 10_000 })) ?? ''));
        return texts.every((text) => text !== '');
      },
      { message: `rows ${from}–${to} of ${colId} have loaded` },
    )
    .toBe(true);
  return texts;
}

/** The row number of the rendered row whose `colId` cell reads exactly `text`, or -1. */
export async function rowWithText(page: Page, colId: string, text: string, grid?: string): Promise<number> {
  return (await renderedColumn(page, colId, grid)).find((cell) => cell.text === text)?.row ?? -1;
}
