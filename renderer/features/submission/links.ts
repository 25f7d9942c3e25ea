import type { CheckLink } from '../../../electron/api/schemas/submission';

/** A check's link as a path the router opens: the route and its query parameters. */
export function pathOf(link: CheckLink): string {
  const query = new URLSearchParams(link.params).toString();
  return query ? `${link.route}?${query}` : link.route;
}

export const WIZARD_STEPS = ['year', 'preflight', 'narrative', 'approval', 'export', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export const PAGE_TABS = ['wizard', 'history', 'compare'] as const;
export type PageTab = (typeof PAGE_TABS)[number];

/** "12,3 KB" for a file size, in the Vietnamese number format. */
export function sizeText(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
