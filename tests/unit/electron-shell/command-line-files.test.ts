import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFileArgument } from '../../../electron/main/command-line';
import { contentTypeFor, resolveRendererFile } from '../../../electron/main/renderer-files';

describe('data file on the command line', () => {
  it('finds a .sqlite argument and makes it absolute', () => {
    expect(findDataFileArgument(['/opt/app/planner', '/home/u/tinh.sqlite'], '/tmp')).toBe(resolve('/home/u/tinh.sqlite'));
    expect(findDataFileArgument(['electron', '.', 'data/Tinh.SQLITE'], '/home/u')).toBe(resolve('/home/u', 'data/Tinh.SQLITE'));
  });

  it('ignores switches, the app path and other files', () => {
    expect(findDataFileArgument(['planner'], '/tmp')).toBeNull();
    expect(findDataFileArgument(['electron', '.', '--inspect=9229', '--user-data-dir=/x.sqlite', 'notes.txt'], '/tmp')).toBeNull();
    // argv[0] is the executable itself, never a data file.
    expect(findDataFileArgument(['/weird/path.sqlite'], '/tmp')).toBeNull();
  });
});

describe('renderer files served under app://renderer/', () => {
  const root = resolve('/app/out/renderer');

  it('maps our URLs to files inside the renderer folder', () => {
    expect(resolveRendererFile('app://renderer/', root)).toEqual({ file: join(root, 'index.html'), isRoute: false });
    expect(resolveRendererFile('app://renderer/index.html?x=1#/a', root)).toEqual({ file: join(root, 'index.html'), isRoute: false });
    expect(resolveRendererFile('app://renderer/assets/index-abc.js', root)?.file).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererFile('app://renderer/fonts/Be%20Vietnam.woff2', root)?.file).toBe(join(root, 'fonts', 'Be Vietnam.woff2'));
  });

  it('marks extension-less paths as client-side routes', () => {
    expect(resolveRendererFile('app://renderer/settings', root)).toEqual({ file: join(root, 'settings'), isRoute: true });
  });

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/..%2f..%2fetc%2fpasswd',
    'app://renderer/assets/..%5c..%5csecret',
    'app://renderer/C:%5cWindows%5cwin.ini',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ])('refuses %s', (url) => {
    const resolved = resolveRendererFile(url, root);
    expect(resolved).toBeNull();
  });

  it('never resolves outside the folder, whatever the URL', () => {
    const evil = ['..', '%2e%2e', '%2E%2e', '.%2e', '%2e.'];
    for (const a of evil) {
      for (const b of ['/', '%2f', '%5c', '\\']) {
        const resolved = resolveRendererFile(`app://renderer/assets/${a}${b}${a}${b}${a}${b}etc/passwd`, root);
        if (resolved) expect(resolved.file.startsWith(root + sep)).toBe(true);
      }
    }
  });

  it('gives module scripts a JavaScript MIME type', () => {
    expect(contentTypeFor('/x/a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
