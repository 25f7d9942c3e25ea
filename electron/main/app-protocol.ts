import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy';
import { APP_SCHEME } from './origin';
import { contentTypeFor, resolveRendererFile } from './renderer-files';

/**
 * Must run before 'ready'. `standard` gives the scheme real origins (so CSP 'self' and same-origin module scripts
 * work); `secure` makes it a secure context. Deliberately not `bypassCSP` and not `corsEnabled`: nothing needs them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const securityHeaders = (file: string) => ({
  'Content-Type': contentTypeFor(file),
  // Set on the response itself: webRequest header hooks do not see custom-protocol responses.
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
});

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Serves the built renderer from `rendererRoot` under app://renderer/. Read-only: anything but GET is refused. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const resolved = resolveRendererFile(request.url, rendererRoot);
    if (!resolved) return new Response(null, { status: 404 });
    let file = resolved.file;
    if (!(await isFile(file))) {
      if (!resolved.isRoute) return new Response(null, { status: 404 });
      file = join(rendererRoot, 'index.html');
    }
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, { status: response.status, headers: securityHeaders(file) });
  });
}
