import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createServiceHost, type ServiceHost } from '../services/service-host';
import { BRIDGE_INIT_SCRIPT } from './bridge-script';
import { ChromiumPlatform } from './platform';
import { serveRenderer } from './static-server';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Without the networking flags Chromium keeps reaching for the (closed) network and floods it with refused connections.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumHostOptions {
  dataDirectory: string;
  headless?: boolean;
  /** A data file to open before the page loads (like double-clicking a file). */
  file?: string;
  actor?: string;
  viewport?: { width: number; height: number };
  executablePath?: string;
  /** Opens the page as an app window (no tabs, no address bar) for a person to use. */
  appWindow?: boolean;
  /** Reports the OS setting "reduce motion" to the page (tests: nothing moves under the mouse as it clicks). */
  reducedMotion?: boolean;
}

export interface ChromiumHost {
  page: Page;
  context: BrowserContext;
  services: ServiceHost;
  platform: ChromiumPlatform;
  url: string;
  /** Routes of the hash router, e.g. '/institutions'. */
  goto(route: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the Electron build keeps its data, so both hosts open the same files and preferences. */
export function defaultDataDirectory(): string {
  const name = 'Kế hoạch CĐS GDNN';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

/**
 * The built renderer in Debian's Chromium, the bridge mirrored onto the real dispatcher with exposeBinding, real
 * services on a real SQLite file. Used by E2E tests, screenshots, UI benchmarks, and `npm run start:chromium`.
 */
export async function launchChromiumHost(options: ChromiumHostOptions): Promise<ChromiumHost> {
  const platform = new ChromiumPlatform(options.dataDirectory);
  // Events may fire before the page exists (opening --file); they are dropped until it does.
  const target: { page?: Page } = {};
  const services = createServiceHost({
    host: 'chromium',
    appVersion: process.env.npm_package_version ?? '0.1.0',
    dataDirectory: options.dataDirectory,
    migrationsFolder: join(repoRoot, 'db/migrations'),
    platform,
    actor: options.actor ?? userInfo().username,
    emit: (event, payload) => {
      // A string expression, not a function: this file compiles without the DOM lib.
      void target.page?.evaluate(`window.__gdnnEmit?.(${JSON.stringify(event)}, ${JSON.stringify(payload)})`).catch(() => undefined);
    },
    onInternalError: (method, error) => console.error(`[chromium-host] ${method}:`, error),
  });
  if (options.file) services.ctx.workspace.open(options.file);

  // RENDERER_OUT_DIR lets parallel work build and serve separate copies of the renderer (see vite.renderer.config.ts).
  const server = await serveRenderer(process.env.RENDERER_OUT_DIR || join(repoRoot, 'out/renderer'));
  const profileDir = mkdtempSync(join(tmpdir(), 'gdnn-chromium-'));
  const viewport = options.viewport ?? { width: 1440, height: 900 };
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    // Headless Chromium hides scrollbars; users' PCs show them, and grids lay out around them.
    ignoreDefaultArgs: ['--hide-scrollbars'],
    args: [...CHROMIUM_ARGS, ...(options.appWindow ? [`--app=${server.url}`] : [])],
    viewport: options.appWindow ? null : viewport,
    locale: 'vi-VN',
    ...(options.reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
  });
  await context.exposeBinding('__gdnnInvoke', async (_source, method: string, input: unknown) =>
    JSON.stringify(await services.dispatch(method, input)),
  );
  await context.addInitScript(BRIDGE_INIT_SCRIPT);
  platform.usePrintContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  target.page = page;
  if (!options.appWindow || !page.url().startsWith(server.url)) await page.goto(server.url);

  return {
    page,
    context,
    services,
    platform,
    url: server.url,
    goto: async (route) => {
      await page.goto(`${server.url}#${route}`);
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await server.close();
      services.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
