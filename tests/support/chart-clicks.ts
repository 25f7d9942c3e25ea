import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Charts are SVG (ECharts' SVG renderer): a bar is a <path> with its series colour, and an axis label a <text>.
// Tests click them with the mouse where a person would, so the click goes through ECharts' own hit testing.

type Rect = { x: number; y: number; w: number; h: number };
type SvgElement = { getAttribute(name: string): string | null; getBoundingClientRect(): { x: number; y: number; width: number; height: number } };

/** Clicks the bar (of one of `fills`) standing above the axis label `label` in a chart of the app. */
export async function clickBar(page: Page, testId: string, label: string, fills: string[]) {
  const chart = page.getByTestId(testId);
  // Drawn, animated and in place (other cards may still load above it), as a person clicks a bar that stands still.
  await settledBox(page, chart);
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const axis = (await chart.locator('svg text').filter({ hasText: exact }).first().boundingBox({ timeout: 10_000 }))!;
  const bars = (await chart.locator('svg path').evaluateAll(
    (els: SvgElement[], colours: string[]) =>
      els
        .filter((e) => colours.includes((e.getAttribute('fill') ?? '').toLowerCase()))
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height };
        }),
    fills,
  )) as Rect[];
  const centre = axis.x + axis.width / 2;
  const bar = bars.filter((b) => b.h > 2 && b.w > 4 && b.y < axis.y).find((b) => Math.abs(b.x - centre) < b.w / 2 + 2);
  expect(bar, `a bar above "${label}" in ${testId}`).toBeDefined();
  await hoverThenClick(page, chart, bar!.x, bar!.y);
}

/**
 * Points at (x, y), waits for ECharts' tooltip (holding `expectText` when given: the pointer is on the item meant),
 * then presses and releases there without moving, as a person does. A click straight away can fail under load:
 * zrender fires `click` only when the press and the release land on the same element, and the hover highlight,
 * drawn a frame later, may replace the element between the two.
 */
export async function hoverThenClick(page: Page, chart: Locator, x: number, y: number, expectText?: string) {
  await page.mouse.move(x, y);
  // ECharts' tooltip is the chart's only element at this z-index; hidden, it is `visibility: hidden`.
  const tooltip = chart.locator('div[style*="z-index: 9999999"]').first();
  await expect.poll(() => tooltip.isVisible(), { message: `a tooltip at (${Math.round(x)}, ${Math.round(y)})` }).toBe(true);
  if (expectText !== undefined) await expect.poll(() => tooltip.textContent(), { message: 'the tooltip names the item meant' }).toContain(expectText);
  await page.mouse.down();
  await page.mouse.up();
}

/** The chart's box once drawn, scrolled into view, and no longer moving (lines above it may arrive with the data). */
export async function settledBox(page: Page, chart: Locator) {
  await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
  await chart.scrollIntoViewIfNeeded();
  let box = (await chart.boundingBox())!;
  for (let i = 0; i < 20; i += 1) {
    await page.waitForTimeout(150);
    const again = (await chart.boundingBox())!;
    if (JSON.stringify(again) === JSON.stringify(box)) break;
    box = again;
  }
  return box;
}
