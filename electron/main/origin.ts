/**
 * Where the app's own pages live. The renderer is served from a privileged custom scheme rather than file://, so the
 * page has a real origin for CSP 'self' and for the sender and navigation checks, and file:// stays closed to it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]`, lower-cased, or null for URLs that carry credentials or cannot be parsed. Node's URL gives
 * `origin === 'null'` for schemes it does not know (like ours), so the origin is assembled by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * The Vite dev server's origin when running unpackaged under `electron-vite dev`. Only a loopback http origin is
 * accepted: an environment variable must never be able to point the trusted window at a remote site.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  let parsed: URL;
  try {
    parsed = new URL(rendererUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || parsed.username || parsed.password) return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return parsed.origin;
}

/** Origins whose top-level pages are ours: the app scheme, plus the loopback dev server when unpackaged. */
export function trustedOrigins(devOrigin: string | null): readonly string[] {
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}
