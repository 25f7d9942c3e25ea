import type { Envelope } from './envelope';

/** The only two IPC channels. */
export const INVOKE_CHANNEL = 'api:invoke';
export const EVENT_CHANNEL = 'api:event';

/** What the preload (Electron) or the init script (Chromium test host) puts on `window.api`. */
export interface ApiBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}
