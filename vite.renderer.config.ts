import react from '@vitejs/plugin-react';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/api/content-security-policy';

// The renderer alone: built into out/renderer for the Chromium test host and reused by electron-vite for Electron.
// base './' because Electron serves it from app://renderer/ and the test host from a loopback server.
/**
 * The CSP as a <meta> in the built page, so the Chromium host is as strict as Electron (which also sends it as a
 * header). Build only: the dev server's React refresh needs an inline script the policy forbids.
 */
// frame-ancestors only works as a header (Electron and the test host send it); in a <meta> Chromium warns and ignores it.
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY }, injectTo: 'head-prepend' },
  ],
};

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Where the build goes: out/renderer, or RENDERER_OUT_DIR (two builds at once, e.g. parallel test runs, must not serve
 * each other half-written files). The build empties its folder first, so a folder holding the sources is refused:
 * an empty or relative value once emptied renderer/ itself.
 */
function outputFolder(): string {
  const folder = resolve(repoRoot, process.env.RENDERER_OUT_DIR || 'out/renderer');
  const fromFolderToRepo = relative(folder, repoRoot);
  if (!fromFolderToRepo.startsWith('..') || folder.startsWith(resolve(repoRoot, 'renderer'))) {
    throw new Error(`RENDERER_OUT_DIR=${process.env.RENDERER_OUT_DIR} would empty the sources; choose a folder outside them`);
  }
  return folder;
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy],
  build: {
    outDir: outputFolder(),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
