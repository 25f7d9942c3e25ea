import { ServiceError } from '../../electron/services/service-error';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  // Filled in with the submission export (issue 6).
  async printToPdf(): Promise<Uint8Array> {
    throw new ServiceError('UNSUPPORTED', 'In ra PDF chưa có ở đây (printing to PDF is not available here).');
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
      host.close();
      temp.cleanup();
    },
  };
}
