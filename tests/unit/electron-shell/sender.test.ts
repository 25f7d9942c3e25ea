import { describe, expect, it } from 'vitest';
import { trustedOrigins } from '../../../electron/main/origin';
import { isTrustedSender } from '../../../electron/main/sender';

const trusted = new Set([7]);
const ours = { frameUrl: 'app://renderer/index.html', isMainFrame: true, webContentsId: 7 };

describe('sender check', () => {
  it('serves the top-level frame of our window showing our origin', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://renderer/history#x' }, trusted)).toBe(true);
  });

  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, trusted)).toBe(false);
  });

  it('refuses a webContents we did not create', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, trusted)).toBe(false);
    expect(isTrustedSender(ours, new Set())).toBe(false);
  });

  it.each([
    'https://example.com/',
    'file:///home/user/evil.html',
    'http://localhost:5173/',
    'app://other/index.html',
    'data:text/html,hi',
    'about:blank',
    'app://renderer/%2e%2e/x',
  ])('refuses a foreign frame: %s', (frameUrl) => {
    expect(isTrustedSender({ ...ours, frameUrl }, trusted)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ ...ours, frameUrl: null }, trusted)).toBe(false);
  });

  it('accepts the loopback dev server only when it was made trusted', () => {
    const dev = { ...ours, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(dev, trusted)).toBe(false);
    expect(isTrustedSender(dev, trusted, trustedOrigins('http://localhost:5173'))).toBe(true);
  });
});
