import { APP_ORIGIN, originOf } from './origin';

// Dot-dot segments (plain or percent-encoded), encoded slashes and backslashes: the URL parser would quietly
// normalise some of them away, so they are refused on the raw string before parsing. No page of ours needs them.
const TRAVERSAL = /(^|[/\\]|%2f|%5c)(\.|%2e){2}([/\\?#]|%2f|%5c|$)|%2f|%5c|\\|%00/i;

/**
 * May the window's frames navigate to `url`? Only to our own origin. Everything else (file:, http(s):, javascript:,
 * data:, another host of our scheme) is refused: a navigation away would hand the preload's bridge to a foreign page.
 */
export function isAllowedNavigation(url: string, origins: readonly string[] = [APP_ORIGIN]): boolean {
  if (TRAVERSAL.test(url)) return false;
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/**
 * A link the page asked to open in a new window: an https link (no credentials) may go to the user's own browser,
 * outside the app; anything else is dropped. Returns the URL to hand to the OS, or null.
 */
export function externalLinkToOpen(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  return parsed.href;
}

/**
 * Requests the session lets through. Network schemes only to our own (dev) origins: the app is offline by design, and
 * a request that leaves the machine is either a bug or a page doing something it should not.
 */
export function isAllowedRequest(url: string, origins: readonly string[] = [APP_ORIGIN]): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(protocol)) return true;
  const origin = originOf(url);
  if (origin === null) return false;
  // The dev server's HMR socket shares the http origin's host and port.
  const asHttp = origin.replace(/^ws(s?):/, 'http$1:');
  return origins.includes(origin) || origins.includes(asHttp);
}
