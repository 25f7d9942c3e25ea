import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../support/temp';

const handlers = vi.hoisted(() => new Map<string, (request: Request) => Promise<Response>>());

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: () => undefined,
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler),
  },
  // Electron's net.fetch reads file: URLs; Node's fetch does not, so the stand-in reads the file itself.
  net: { fetch: (url: string) => Promise.resolve(new Response(readFileSync(fileURLToPath(url)))) },
}));

const { serveRenderer } = await import('../../../electron/main/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/api/content-security-policy');

const temp = makeTempDir('gdnn-protocol-');
const rendererRoot = join(temp.dir, 'out', 'renderer');
const get = (url: string, init?: RequestInit) => handlers.get('app')!(new Request(url, init));

beforeAll(() => {
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(rendererRoot, 'assets', 'index-1.js'), 'console.log(1)');
  // A file beside the renderer folder that no URL may reach.
  writeFileSync(join(temp.dir, 'out', 'secret.txt'), 'secret');
  writeFileSync(join(temp.dir, 'preferences.json'), '{}');
  serveRenderer(rendererRoot);
});
afterAll(() => temp.cleanup());

describe('app:// protocol', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await get('app://renderer/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>app</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves module scripts as JavaScript', async () => {
    const response = await get('app://renderer/assets/index-1.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers client-side routes with index.html, but missing assets with 404', async () => {
    expect(await (await get('app://renderer/settings')).text()).toContain('<title>app</title>');
    expect((await get('app://renderer/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://renderer/..%2fsecret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/assets/..%5c..%5csecret.txt',
    'app://renderer/..%2f..%2fpreferences.json',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('is read-only', async () => {
    expect((await get('app://renderer/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
