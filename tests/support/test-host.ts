import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { EventName } from '../../electron/api/events';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/methods';
import type { Platform } from '../../electron/services/platform';
import { createServiceHost, type ServiceHost } from '../../electron/services/service-host';
import { makeTempDir } from './temp';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** A scripted platform: dialogs answer from queues a test fills, like a user picking a file. */
export class ScriptedPlatform implements Platform {
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  multiOpenAnswers: string[][] = [];
  directoryAnswers: (string | null)[] = [];
  revealed: string[] = [];
  async chooseFileToOpen() {
    return this.openAnswers.shift() ?? null;
  }
  async chooseFilesToOpen() {
    return this.multiOpenAnswers.shift() ?? [];
  }
  async chooseDirectory() {
    return this.directoryAnswers.shift() ?? null;
  }
  async chooseNewFileLocation() {
    return this.saveAnswers.shift() ?? null;
  }
  async revealInFolder(file: string) {
    this.revealed.push(file);
    return true;
  }
  private browser: Promise<Browser> | null = null;
  /** How many documents were printed: tests of the export job check the PDF step ran. */
  printed = 0;
  // The browser's own print-to-PDF, as the Chromium host does it: Debian's Chromium, started on the first print only.
  async printToPdf(html: string): Promise<Uint8Array> {
    this.browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }),
      )
      .catch((error: unknown) => {
        this.browser = null;
        throw error;
      });
    const context = await (await this.browser).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      this.printed += 1;
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  /** Closes the printing browser, if one was started. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close().catch(() => undefined);
  }
}

export interface InProcessHost extends ServiceHost {
  dir: string;
  platform: ScriptedPlatform;
  events: { event: EventName; payload: unknown }[];
  /** Calls a method and returns its data, throwing with the envelope's error otherwise. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  cleanup(): void;
}

/** Services hosted in-process on real SQLite files in a temp folder, outputs checked against the contract. */
export function createInProcessHost(options: { dir?: string } = {}): InProcessHost {
  const temp = options.dir ? { dir: options.dir, cleanup: () => undefined } : makeTempDir();
  const platform = new ScriptedPlatform();
  const events: InProcessHost['events'] = [];
  const host = createServiceHost({
    host: 'cli',
    appVersion: 'test',
    dataDirectory: join(temp.dir, 'userdata'),
    migrationsFolder: MIGRATIONS_FOLDER,
    platform,
    actor: 'kiem-thu',
    emit: (event, payload) => events.push({ event, payload }),
    validateOutputs: true,
  });
  return {
    ...host,
    dir: temp.dir,
    platform,
    events,
    async call(method, input) {
      const envelope = await host.dispatch(method, input);
      if (!envelope.ok) throw Object.assign(new Error(`${envelope.error.code}: ${envelope.error.message}`), envelope.error);
      return envelope.data as never;
    },
    cleanup() {
      void platform.close();
      host.close();
      temp.cleanup();
    },
  };
}
