import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../../electron/api/content-security-policy';
import { permissionPolicy } from '../../../electron/main/permissions';

const permissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'hid',
  'media',
  'midi',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'usb',
  'window-management',
  'unknown',
];

describe('permission policy', () => {
  it.each(permissions)('refuses %s on request and on check', (permission) => {
    expect(permissionPolicy.request(permission)).toBe(false);
    expect(permissionPolicy.check(permission)).toBe(false);
  });

  it('refuses every device', () => {
    for (const device of ['usb', 'hid', 'serial', 'bluetooth']) expect(permissionPolicy.device(device)).toBe(false);
  });
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('has the directives the app relies on', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote source and never allows eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-eval|wasm-unsafe-eval|unsafe-hashes/);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
      }
    }
  });

  it('allows inline code only for styles', () => {
    for (const [name, sources] of csp) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('relaxes only scripts and the HMR socket for the loopback dev server', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('script-src')).not.toContain("'unsafe-eval'");
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });
});
