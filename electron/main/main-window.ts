import { fileURLToPath } from 'node:url';
import { BrowserWindow, screen } from 'electron';
import type { PrefsStore } from '../services/prefs';
import { buildWindowOptions, MIN_WINDOW_SIZE } from './window-options';
import { restoreWindowBounds } from './window-bounds';

export interface MainWindowOptions {
  prefs: PrefsStore;
  title: string;
  url: string;
  isPackaged: boolean;
  iconPath?: string;
}

// out/main/index.js → out/preload/index.cjs (CommonJS: a sandboxed preload cannot be an ES module).
const preloadPath = () => fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** Creates the one window, where the user last left it if that place is still on a screen, and remembers it on close. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const initial = restoreWindowBounds(
    options.prefs.get().windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
    MIN_WINDOW_SIZE,
  );
  const win = new BrowserWindow(
    buildWindowOptions({
      preloadPath: preloadPath(),
      title: options.title,
      bounds: initial.bounds,
      isPackaged: options.isPackaged,
      ...(options.iconPath ? { iconPath: options.iconPath } : {}),
    }),
  );
  win.once('ready-to-show', () => {
    if (initial.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    options.prefs.update({ windowBounds: { ...win.getNormalBounds(), maximized: win.isMaximized() } });
  });
  void win.loadURL(options.url);
  return win;
}
