import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  title: string;
  bounds: { x?: number; y?: number; width: number; height: number };
  iconPath?: string;
  isPackaged: boolean;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/**
 * The main window's options: the renderer is an ordinary sandboxed web page that reaches the main process only
 * through the preload's two-function bridge. Each web preference is set explicitly, even where it is Electron's
 * default, so a change of defaults or a careless edit shows up in review and in the unit test.
 */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: input.title,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f5f7fa',
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !input.isPackaged,
    },
  };
}
