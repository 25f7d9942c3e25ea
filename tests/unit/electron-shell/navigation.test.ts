import { describe, expect, it } from 'vitest';
import { externalLinkToOpen, isAllowedNavigation, isAllowedRequest } from '../../../electron/main/navigation';
import { APP_ORIGIN, devServerOrigin, originOf, START_URL, trustedOrigins } from '../../../electron/main/origin';

describe('navigation guard', () => {
  it.each([START_URL, 'app://renderer/', 'app://renderer/settings', 'app://renderer/index.html#/history', 'app://RENDERER/index.html'])(
    'allows our own origin: %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'http://renderer/index.html',
    'http://localhost:5173/',
    'https://example.com/',
    'https://renderer/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://renderer/1234',
    'app://evil/index.html',
    'app://renderer.evil.com/index.html',
    'app://renderer:8080/index.html',
    'app://user:pw@renderer/index.html',
    'app2://renderer/index.html',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses a foreign target: %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/assets/%2E%2E/%2E%2E/secret',
    'app://renderer/..%2f..%2fetc%2fpasswd',
    'app://renderer/..%5c..%5cwindows',
    'app://renderer/assets/..',
    'app://renderer/a\\..\\b',
    'app://renderer/index.html%00.png',
  ])('refuses path traversal: %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('allows the dev server origin only when it is in the trusted list', () => {
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', trustedOrigins('http://localhost:5173'))).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', trustedOrigins('http://localhost:5173'))).toBe(false);
  });
});

describe('origins', () => {
  it('assembles the origin of our custom scheme, which Node reports as "null"', () => {
    expect(originOf(START_URL)).toBe(APP_ORIGIN);
    expect(originOf('app://user@renderer/')).toBeNull();
  });

  it('trusts a dev server only unpackaged and only on loopback http', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin('https://localhost:5173/', false)).toBeNull();
    expect(devServerOrigin('http://example.com:5173/', false)).toBeNull();
    expect(devServerOrigin('http://localhost.example.com/', false)).toBeNull();
    expect(devServerOrigin('http://a:b@localhost:5173/', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });
});

describe('external links and requests', () => {
  it('hands only credential-free https links to the OS browser', () => {
    expect(externalLinkToOpen('https://vanban.chinhphu.vn/')).toBe('https://vanban.chinhphu.vn/');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@example.com/', 'app://renderer/', 'smb://server/share']) {
      expect(externalLinkToOpen(url)).toBeNull();
    }
  });

  it('cancels every network request that leaves the machine', () => {
    for (const url of ['https://example.com/a.js', 'http://10.0.0.1/', 'ws://example.com/', 'wss://example.com/', 'ftp://example.com/', 'http://localhost:5173/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
    for (const url of [START_URL, 'data:image/png;base64,AAAA', 'blob:app://renderer/x', 'devtools://devtools/x']) {
      expect(isAllowedRequest(url)).toBe(true);
    }
    const dev = trustedOrigins('http://localhost:5173');
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/', dev)).toBe(false);
  });
});
