import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ChromiumHost, launchChromiumHost } from '../../electron/chromium-host/chromium-host';
import { makeTempDir } from './temp';

export interface E2eSession {
  dir: string;
  dataDirectory: string;
  host: ChromiumHost;
  /** Restarts the host on the same data folder (and, by the recent list, the same file), like quitting and reopening. */
  restart(options?: { file?: string }): Promise<ChromiumHost>;
  /** The data file the host has open now (after the page opened one), for reading it beside the app. */
  openFilePath(): string;
  /** Reads the data file directly, beside the running app, as an independent witness of what landed. */
  query<T>(file: string, sql: string, ...params: unknown[]): T[];
  /** Clicks "open the sample province" on the start page, waits for it, and returns the file it opened. */
  openSample(): Promise<string>;
  /** Calls a service method as the page would, returning its data or throwing its message. */
  call<T>(method: string, input: unknown): Promise<T>;
  /** Uncaught errors of the page (every page the session opened, across restarts). */
  pageErrors: string[];
  /** Those, and what the page logged as an error on its console. */
  errors(): string[];
  close(): Promise<void>;
}

/**
 * A Chromium host on a fresh data folder, as a person starts the app. The page is told the OS asks for reduced
 * motion (the app honours it): under load a dialog still zooming in or a bar still growing would take a click
 * meant for where it ends up, and that would test the machine's speed rather than the app.
 */
export async function startE2e(): Promise<E2eSession> {
  const temp = makeTempDir('gdnn-e2e-');
  const dataDirectory = join(temp.dir, 'userdata');
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (host: ChromiumHost) => {
    const page: Page = host.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    return host;
  };
  const session: E2eSession = {
    dir: temp.dir,
    dataDirectory,
    host: watch(await launchChromiumHost({ dataDirectory, actor: 'e2e', reducedMotion: true })),
    async restart(options = {}) {
      await session.host.close();
      session.host = watch(await launchChromiumHost({ dataDirectory, actor: 'e2e', file: options.file, reducedMotion: true }));
      return session.host;
    },
    async openSample() {
      await session.host.page.getByTestId('open-sample').click();
      await session.host.page.getByTestId('province-name').waitFor();
      return session.openFilePath();
    },
    async call<T>(method: string, input: unknown) {
      const envelope = await session.host.services.dispatch(method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.data as T;
    },
    pageErrors,
    errors: () => [...pageErrors, ...consoleErrors],
    openFilePath() {
      const current = session.host.services.ctx.workspace.current;
      if (!current) throw new Error('no data file is open in the host');
      return current.path;
    },
    query<T>(file: string, sql: string, ...params: unknown[]) {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async close() {
      await session.host.close();
      temp.cleanup();
    },
  };
  return session;
}
