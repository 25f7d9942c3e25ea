import react from '@vitejs/plugin-react';
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

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy],
  build: {
    // Overridable so two builds at once (parallel test runs on one machine) do not serve each other half-written files.
    outDir: process.env.RENDERER_OUT_DIR ?? fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
