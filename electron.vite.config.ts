import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      // Everything is bundled into one ES module except the two native addons: better-sqlite3 (rebuilt for Electron's
      // ABI by electron-builder on the packaging machine) and @resvg/resvg-js (charts to PNG for the report; N-API,
      // prebuilt per platform, no rebuild). Both load from node_modules unpacked from the asar.
      externalizeDeps: false,
      lib: { entry: here('./electron/main/index.ts'), formats: ['es'] },
      rolldownOptions: { external: ['better-sqlite3', '@resvg/resvg-js'], output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    build: {
      outDir: here('./out/preload'),
      // A sandboxed preload runs as a classic script with a tiny `require` that knows only 'electron': it must be
      // CommonJS and self-contained, so nothing is external.
      externalizeDeps: false,
      lib: { entry: here('./electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      // electron-vite turns minification off by default; the packaged page should be what `vite build` ships.
      minify: rendererConfig.build?.minify ?? true,
      rolldownOptions: { ...rendererConfig.build?.rolldownOptions, input: here('./renderer/index.html') },
    },
  },
});
