import Database from 'better-sqlite3';
import { join } from 'node:path';
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
  close(): Promise<void>;
}

export async function startE2e(): Promise<E2eSession> {
  const temp = makeTempDir('gdnn-e2e-');
  const dataDirectory = join(temp.dir, 'userdata');
  const session: E2eSession = {
    dir: temp.dir,
    dataDirectory,
    host: await launchChromiumHost({ dataDirectory, actor: 'e2e' }),
    async restart(options = {}) {
      await session.host.close();
      session.host = await launchChromiumHost({ dataDirectory, actor: 'e2e', file: options.file });
      return session.host;
    },
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
