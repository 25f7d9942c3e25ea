import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userInfo } from 'node:os';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { EVENT_CHANNEL } from '../api/bridge';
import type { EventName } from '../api/events';
import { createServiceHost, type ServiceHost } from '../services/service-host';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { findDataFileArgument } from './command-line';
import { ElectronPlatform } from './electron-platform';
import { hardenSession, hardenWebContents } from './harden';
import { withHostReactions } from './host-reactions';
import { wireInvoke } from './ipc';
import { createMainWindow } from './main-window';
import { announceFileSwitch, installMenu, type MenuHost, showError } from './menu';
import { openDataFileFromHost } from './open-path';
import { devServerOrigin, START_URL, trustedOrigins } from './origin';
import { textsFor } from './texts';

// Before 'ready' and at the top level (an ES main module may not await before this): the scheme must be privileged
// before any session exists, and every renderer is sandboxed whatever its own options say.
registerAppScheme();
app.enableSandbox();

const devOrigin = devServerOrigin(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const origins = trustedOrigins(devOrigin);
const trustedIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;
let services: ServiceHost | null = null;

function actorName(): string {
  try {
    return userInfo().username || 'nguoi-dung';
  } catch {
    return 'nguoi-dung';
  }
}

function emit(event: EventName, payload: unknown): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, { event, payload });
}

async function openFromSecondLaunch(menuHost: MenuHost, argv: readonly string[], cwd: string): Promise<void> {
  const file = findDataFileArgument(argv, cwd);
  if (!file || !services) return;
  const opened = openDataFileFromHost(services, file);
  if (opened.ok) {
    installMenu(menuHost);
    await announceFileSwitch(menuHost);
  } else {
    await showError(menuHost, opened.error);
  }
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins));
  hardenSession(session.defaultSession, origins, devOrigin);
  const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
  serveRenderer(rendererRoot);

  const language = () => services?.ctx.prefs.get().language ?? 'vi';
  services = createServiceHost({
    host: 'electron',
    appVersion: app.getVersion(),
    dataDirectory: app.getPath('userData'),
    migrationsFolder: join(app.getAppPath(), 'db/migrations'),
    platform: new ElectronPlatform(() => mainWindow, language),
    actor: actorName(),
    emit,
    onInternalError: (method, error) => console.error(`[${method}]`, error),
  });
  const host = services;
  const menuHost: MenuHost = {
    dispatch: host.dispatch,
    emit,
    window: () => mainWindow,
    language,
    hasOpenFile: () => host.ctx.workspace.current !== null,
    appVersion: app.getVersion(),
    isPackaged: app.isPackaged,
  };
  menuHost.dispatch = withHostReactions(host.dispatch, () => installMenu(menuHost));
  wireInvoke(menuHost.dispatch, trustedIds, origins);
  // A file named at launch is opened before the page loads, so the page's first app.getState already shows it.
  const launchFile = findDataFileArgument(process.argv, process.cwd());
  const launchOpen = launchFile ? openDataFileFromHost(host, launchFile) : null;
  installMenu(menuHost);

  mainWindow = createMainWindow({
    prefs: host.ctx.prefs,
    title: textsFor(language()).productName,
    url: devOrigin ? (process.env['ELECTRON_RENDERER_URL'] as string) : START_URL,
    isPackaged: app.isPackaged,
    iconPath: join(app.getAppPath(), 'assets/icon.png'),
  });
  const id = mainWindow.webContents.id;
  trustedIds.add(id);
  mainWindow.on('closed', () => {
    trustedIds.delete(id);
    mainWindow = null;
  });
  if (launchOpen && !launchOpen.ok) {
    const error = launchOpen.error;
    mainWindow.once('ready-to-show', () => void showError(menuHost, error));
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    void openFromSecondLaunch(menuHost, argv, workingDirectory);
  });
}

// One instance per user: two processes writing one SQLite file through two undo histories would corrupt the story
// the audit log tells. A second launch hands its arguments to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.close());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox(textsFor('vi').productName, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
