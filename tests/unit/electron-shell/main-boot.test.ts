/**
 * Boots the real electron/main/index.ts against a stand-in for the 'electron' module (the binary cannot run here),
 * with the real services on a temp folder. It checks the wiring the pure tests cannot: one IPC handler, the sender
 * check in front of the dispatcher, the window's options, session hardening, menus following the language, events.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../support/temp';

// vi.hoisted runs before the file's imports are bound, so it loads what it needs itself.
const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { join } = require('node:path') as typeof import('node:path');
  let nextId = 1;
  const state = {
    userData: '',
    appPath: '',
    argv: [] as string[],
    schemes: [] as unknown[],
    sandboxEnabled: false,
    handlers: new Map<string, (...args: unknown[]) => unknown>(),
    handleCalls: 0,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windows: [] as InstanceType<typeof FakeWindow>[],
    templates: [] as unknown[][],
    messageBoxes: [] as unknown[],
    beeps: 0,
    opened: [] as string[],
    session: {
      permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
      permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
      device: null as null | ((details: { deviceType: string }) => boolean),
      beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    },
  };
  class FakeContents extends Emitter {
    id = nextId++;
    sent: { channel: string; message: unknown }[] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    mainFrame = { url: 'app://renderer/index.html', parent: null, processId: 1, routingId: this.id };
    send(channel: string, message: unknown) {
      this.sent.push({ channel, message });
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    getVersion: () => '9.9.9',
    getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
    getAppPath: () => state.appPath,
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    quit: () => undefined,
    exit: () => undefined,
  });
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    loaded: string[] = [];
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
    show() {}
    maximize() {}
    restore() {}
    focus() {}
  }
  return { state, app, FakeWindow, FakeContents };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.state.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.state.protocolHandlers.set(scheme, handler),
  },
  net: { fetch: () => Promise.resolve(new Response('')) },
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) => {
      fake.state.handleCalls += 1;
      fake.state.handlers.set(channel, handler);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof fake.state.session.permissionRequest) => (fake.state.session.permissionRequest = h),
      setPermissionCheckHandler: (h: typeof fake.state.session.permissionCheck) => (fake.state.session.permissionCheck = h),
      setDevicePermissionHandler: (h: typeof fake.state.session.device) => (fake.state.session.device = h),
      setDisplayMediaRequestHandler: () => undefined,
      webRequest: {
        onBeforeRequest: (h: typeof fake.state.session.beforeRequest) => (fake.state.session.beforeRequest = h),
        onHeadersReceived: () => undefined,
      },
    },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
  Menu: {
    buildFromTemplate: (template: unknown[]) => {
      fake.state.templates.push(template);
      return template;
    },
    setApplicationMenu: () => undefined,
  },
  dialog: {
    showMessageBox: (...args: unknown[]) => {
      fake.state.messageBoxes.push(args.at(-1));
      return Promise.resolve({ response: 0 });
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showErrorBox: () => undefined,
  },
  shell: {
    beep: () => void (fake.state.beeps += 1),
    openExternal: (url: string) => Promise.resolve(void fake.state.opened.push(url)),
    showItemInFolder: () => undefined,
  },
}));

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { code: string } };
type MenuItem = { id?: string; label?: string; enabled?: boolean; click?: () => void; submenu?: MenuItem[] };

const temp = makeTempDir('gdnn-shell-');
const root = fileURLToPath(new URL('../../../', import.meta.url));
const win = () => fake.state.windows[0]!;
const invoke = (method: string, input: unknown, sender: Partial<{ url: string; parent: unknown; contents: InstanceType<typeof fake.FakeContents> }> = {}) => {
  const contents = sender.contents ?? win().webContents;
  const frame = { ...contents.mainFrame, ...(sender.url ? { url: sender.url } : {}), ...('parent' in sender ? { parent: sender.parent } : {}) };
  return fake.state.handlers.get('api:invoke')!({ sender: contents, senderFrame: frame }, method, input) as Promise<Envelope>;
};
const menuItem = (id: string): MenuItem => {
  const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const found = flat(fake.state.templates.at(-1) as MenuItem[]).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
const events = () => win().webContents.sent.filter((s) => s.channel === 'api:event').map((s) => s.message as { event: string; payload: unknown });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  fake.state.userData = join(temp.dir, 'userdata');
  fake.state.appPath = root;
  await import('../../../electron/main/index');
  for (let i = 0; i < 200 && fake.state.windows.length === 0; i++) await settle();
  if (fake.state.windows.length === 0) throw new Error('the main window was never created');
}, 60_000);

afterAll(() => {
  fake.app.emit('will-quit');
  temp.cleanup();
});

describe('Electron main process wiring (with a stand-in electron module)', () => {
  it('registers the app scheme as privileged before ready, without bypassing CSP, and sandboxes every renderer', () => {
    expect(fake.state.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(JSON.stringify(fake.state.schemes)).not.toMatch(/bypassCSP|corsEnabled/);
    expect(fake.state.sandboxEnabled).toBe(true);
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one secure window on the app origin with the CommonJS preload', () => {
    expect(fake.state.windows).toHaveLength(1);
    const web = win().options['webPreferences'] as Record<string, unknown>;
    expect(web).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(String(web['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(win().loaded).toEqual(['app://renderer/index.html']);
  });

  it('handles exactly one IPC channel and serves our own top-level frame', async () => {
    expect(fake.state.handleCalls).toBe(1);
    expect([...fake.state.handlers.keys()]).toEqual(['api:invoke']);
    const state = await invoke('app.getState', {});
    expect(state).toMatchObject({ ok: true, data: { host: 'electron', appVersion: '9.9.9', language: 'vi', current: null } });
  });

  it('refuses a subframe, a foreign page and a webContents it did not create', async () => {
    const forbidden = { ok: false, error: expect.objectContaining({ code: 'FORBIDDEN_SENDER' }) };
    expect(await invoke('app.getState', {}, { parent: {} })).toMatchObject(forbidden);
    expect(await invoke('app.getState', {}, { url: 'https://example.com/' })).toMatchObject(forbidden);
    expect(await invoke('app.getState', {}, { url: 'file:///tmp/x.html' })).toMatchObject(forbidden);
    expect(await invoke('app.getState', {}, { contents: new fake.FakeContents() })).toMatchObject(forbidden);
  });

  it('still validates input after the sender check', async () => {
    expect(await invoke('app.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await invoke('no.suchMethod', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('hardens the window: no popups, no navigation away, no webview; https links go to the OS browser', () => {
    const contents = win().webContents;
    expect(contents.windowOpenHandler!({ url: 'https://example.com/doc' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual(['https://example.com/doc']);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://renderer/history')).toBe(false);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission and cancels requests that leave the machine', () => {
    const granted: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) fake.state.session.permissionRequest!({}, p, (g) => granted.push(g));
    expect(granted).toEqual([false, false, false, false]);
    expect(fake.state.session.permissionCheck!({}, 'clipboard-sanitized-write')).toBe(false);
    expect(fake.state.session.device!({ deviceType: 'usb' })).toBe(false);
    const cancel = (url: string) => {
      let result = false;
      fake.state.session.beforeRequest!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancel('https://cdn.example.com/x.js')).toBe(true);
    expect(cancel('app://renderer/assets/x.js')).toBe(false);
  });

  it('rebuilds the menu in English after the page changes the language', async () => {
    expect(menuItem('file.open').label).toBe('Mở tệp…');
    await invoke('app.setLanguage', { language: 'en' });
    expect(menuItem('file.open').label).toBe('Open file…');
    await invoke('app.setLanguage', { language: 'vi' });
    expect(menuItem('edit.undo').label).toBe('Hoàn tác');
  });

  it('sends menu navigation to the page as an event', () => {
    menuItem('view.history').click!();
    expect(events().at(-1)).toEqual({ event: 'menu.navigated', payload: { route: '/history' } });
  });

  it('follows the open file in the menu, and undo from the menu goes through the dispatcher', async () => {
    expect(menuItem('file.close').enabled).toBe(false);
    expect(await invoke('file.openSample', {})).toMatchObject({ ok: true });
    expect(menuItem('file.close').enabled).toBe(true);
    const boxesBefore = fake.state.messageBoxes.length;
    const beepsBefore = fake.state.beeps;
    menuItem('edit.undo').click!();
    await settle();
    // A fresh sample has nothing to undo: the host beeps instead of showing an error box.
    expect(fake.state.beeps).toBe(beepsBefore + 1);
    expect(fake.state.messageBoxes.length).toBe(boxesBefore);
  });

  it('closes the file from the menu and tells the page', async () => {
    menuItem('file.close').click!();
    await settle();
    expect(events().at(-1)).toMatchObject({ event: 'file.switched', payload: { current: null } });
    expect(menuItem('file.close').enabled).toBe(false);
  });

  it('a second launch with a .sqlite argument focuses the window and opens that file', async () => {
    const sample = join(fake.state.userData, 'tinh-mau-cds-gdnn.sqlite');
    expect(existsSync(sample)).toBe(true);
    fake.app.emit('second-instance', {}, ['/opt/planner', '--flag', sample], temp.dir);
    await settle();
    expect(events().at(-1)).toMatchObject({ event: 'file.switched', payload: { current: { path: sample } } });
  });

  it('a second launch with a missing file shows the service message instead of crashing', async () => {
    const before = fake.state.messageBoxes.length;
    fake.app.emit('second-instance', {}, ['/opt/planner', join(temp.dir, 'missing.sqlite')], temp.dir);
    await settle();
    expect(fake.state.messageBoxes.length).toBe(before + 1);
    expect(fake.state.messageBoxes.at(-1)).toMatchObject({ type: 'error' });
  });

  it('remembers the window bounds on close', () => {
    win().emit('close');
    const prefs = JSON.parse(readFileSync(join(fake.state.userData, 'preferences.json'), 'utf8'));
    expect(prefs.windowBounds).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: false });
  });
});
