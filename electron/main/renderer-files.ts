import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { isAllowedNavigation } from './navigation';
import { APP_ORIGIN } from './origin';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused by the browser without a JavaScript MIME type, so it is set from the extension. */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface RendererFile {
  file: string;
  /** An extension-less path is a client-side route: serve index.html when no such file exists. */
  isRoute: boolean;
}

/**
 * Maps an `app://renderer/...` request to a file under the built renderer folder, or null. The same raw-string
 * guard as navigation runs first, then the decoded path must still lie inside the folder: the protocol handler
 * is the only way the page reads files, so it must never reach beyond out/renderer.
 */
export function resolveRendererFile(url: string, rendererRoot: string): RendererFile | null {
  if (!isAllowedNavigation(url, [APP_ORIGIN])) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '.' || s === '..' || s.includes('\\') || s.includes('\0') || s.includes(':'))) return null;
  const file = join(rendererRoot, ...(segments.length ? segments : ['index.html']));
  const rel = relative(rendererRoot, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return { file, isRoute: extname(file) === '' };
}
