import { type BrowserWindow, dialog, Menu, shell } from 'electron';
import type { ApiErrorData } from '../api/envelope';
import type { EventName } from '../api/events';
import type { Language } from '../api/schemas/app';
import type { Dispatch } from '../services/dispatcher';
import { buildMenuTemplate, type MenuActions } from './menu-template';
import { textsFor } from './texts';

export interface MenuHost {
  dispatch: Dispatch;
  emit(event: EventName, payload: unknown): void;
  window(): BrowserWindow | null;
  language(): Language;
  hasOpenFile(): boolean;
  appVersion: string;
  isPackaged: boolean;
}

/** Shows a service's refusal the way the page would: its own (Vietnamese) message, in a native box. */
export async function showError(host: MenuHost, error: ApiErrorData): Promise<void> {
  const t = textsFor(host.language()).dialog;
  const options = { type: 'error' as const, title: t.errorTitle, message: error.message, buttons: [t.ok] };
  const win = host.window();
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

/** After the host changed the open file, the page learns it through the contract's event, not by polling. */
export async function announceFileSwitch(host: MenuHost): Promise<void> {
  const state = await host.dispatch('app.getState', {});
  if (state.ok) host.emit('file.switched', state.data);
}

function actionsFor(host: MenuHost): MenuActions {
  const run = async (method: string, after?: (data: unknown) => Promise<void> | void) => {
    const envelope = await host.dispatch(method, {});
    if (envelope.ok) return after?.(envelope.data);
    // Nothing to undo/redo is not an error worth a dialog; the system beep says it.
    if (envelope.error.code === 'NOTHING_TO_UNDO' || envelope.error.code === 'NOTHING_TO_REDO') return shell.beep();
    await showError(host, envelope.error);
  };
  return {
    openFile: () =>
      void run('file.openWithDialog', async (data) => {
        if ((data as { opened: unknown }).opened) await announceFileSwitch(host);
      }),
    closeFile: () => void run('file.close', (state) => host.emit('file.switched', state)),
    undo: () => void run('history.undo'),
    redo: () => void run('history.redo'),
    navigate: (route) => host.emit('menu.navigated', { route }),
    about: () => {
      const t = textsFor(host.language());
      const options = { type: 'info' as const, title: t.menu.about, message: t.productName, detail: t.dialog.aboutDetail(host.appVersion), buttons: [t.dialog.ok] };
      const win = host.window();
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
  };
}

/** (Re)builds the application menu in the current language; called at start and whenever language or file changes. */
export function installMenu(host: MenuHost): void {
  const template = buildMenuTemplate(
    { language: host.language(), hasOpenFile: host.hasOpenFile(), isPackaged: host.isPackaged },
    actionsFor(host),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
