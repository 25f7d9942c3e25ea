import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../api/schemas/app';
import { textsFor } from './texts';

export type MenuRoute = '/overview' | '/settings' | '/history';

export interface MenuActions {
  openFile(): void;
  closeFile(): void;
  undo(): void;
  redo(): void;
  navigate(route: MenuRoute): void;
  about(): void;
}

export interface MenuState {
  language: Language;
  hasOpenFile: boolean;
  /** Reload and developer tools only in an unpackaged build. */
  isPackaged: boolean;
}

/**
 * The native menu as a plain template (Electron's Menu.buildFromTemplate takes it as is).
 *
 * Undo and redo show Ctrl+Z / Ctrl+Shift+Z but do NOT register them (`registerAccelerator: false`). A registered
 * menu accelerator is taken by the menu before the page sees the key, so Ctrl+Z in a text field or a grid cell editor
 * would undo the last saved change instead of the last keystroke. The renderer owns those keys: inside an editable
 * field the browser's own text undo runs; elsewhere it calls `history.undo` / `history.redo`. Clicking the menu item
 * always means app-wide undo. Cut, copy, paste and select-all stay Electron roles so they act on the focused field.
 */
export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = textsFor(state.language).menu;
  const view: MenuItemConstructorOptions[] = [
    { id: 'view.overview', label: t.overview, accelerator: 'CmdOrCtrl+1', click: () => actions.navigate('/overview') },
    { id: 'view.settings', label: t.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.navigate('/settings') },
    { id: 'view.history', label: t.history, accelerator: 'CmdOrCtrl+H', click: () => actions.navigate('/history') },
    { type: 'separator' },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { role: 'resetZoom', label: t.resetZoom },
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  if (!state.isPackaged) {
    view.push({ type: 'separator' }, { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools });
  }
  return [
    {
      id: 'file',
      label: t.file,
      submenu: [
        { id: 'file.open', label: t.openFile, accelerator: 'CmdOrCtrl+O', click: () => actions.openFile() },
        { id: 'file.close', label: t.closeFile, enabled: state.hasOpenFile, click: () => actions.closeFile() },
        { type: 'separator' },
        { id: 'file.quit', role: 'quit', label: t.quit },
      ],
    },
    {
      id: 'edit',
      label: t.edit,
      submenu: [
        { id: 'edit.undo', label: t.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, enabled: state.hasOpenFile, click: () => actions.undo() },
        { id: 'edit.redo', label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, enabled: state.hasOpenFile, click: () => actions.redo() },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { id: 'view', label: t.view, submenu: view },
    { id: 'help', label: t.help, submenu: [{ id: 'help.about', label: t.about, click: () => actions.about() }] },
  ];
}
