/**
 * The page's Content Security Policy. Everything comes from our own origin; nothing remote, no eval, no plugins.
 * style-src allows 'unsafe-inline' only because Ant Design's CSS-in-JS injects <style> elements at run time; scripts
 * never get that allowance. data:/blob: images cover charts exported as pictures and inline icons; data: fonts cover
 * fonts that bundlers inline.
 */
const productionDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialise(productionDirectives);

/**
 * Only for `electron-vite dev`, unpackaged: the React refresh preamble is an inline script and HMR talks over a
 * websocket to the loopback dev server. A packaged build never uses this.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws');
  return serialise({
    ...productionDirectives,
    'script-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", socket],
  });
}
