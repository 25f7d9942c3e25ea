import { type Session, shell, type WebContents } from 'electron';
import { devContentSecurityPolicy } from '../api/content-security-policy';
import { externalLinkToOpen, isAllowedNavigation, isAllowedRequest } from './navigation';
import { permissionPolicy } from './permissions';

/**
 * Session-wide rules: every permission refused, every network request leaving the machine cancelled, and in
 * unpackaged dev the same CSP (relaxed only for Vite's refresh preamble and HMR socket) on the dev server's pages.
 */
export function hardenSession(session: Session, origins: readonly string[], devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionPolicy.request(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionPolicy.check(permission));
  session.setDevicePermissionHandler((details) => permissionPolicy.device(details.deviceType));
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, origins) }));
  if (devOrigin) {
    const csp = devContentSecurityPolicy(devOrigin);
    session.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders };
      if (details.url.startsWith(devOrigin)) headers['Content-Security-Policy'] = [csp];
      callback({ responseHeaders: headers });
    });
  }
}

/**
 * Applied to every webContents the app ever creates (app 'web-contents-created'), not only the main window's:
 * no new windows (https links go to the user's browser), no navigation off our origin, no <webview>.
 */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void; url: string }) => {
    if (!isAllowedNavigation(event.url, origins)) event.preventDefault();
  };
  // will-navigate covers the top frame (links, location changes); will-frame-navigate also covers subframes, in case
  // CSP's frame-src 'none' were ever loosened; will-redirect catches a permitted URL that redirects elsewhere.
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
