import { z } from 'zod';
import { appState } from './schemas/app';
import { historyStatus } from './schemas/history';

/** main→renderer events, `area.pastTense`. */
export const events = {
  // Any recorded change, undo or redo: the renderer refetches what it shows.
  'history.changed': historyStatus,
  // A file was opened or closed from outside the page (menu, second instance, command line).
  'file.switched': appState,
  // The native menu asked for a page.
  'menu.navigated': z.object({ route: z.string() }),
  'job.progressed': z.object({ jobId: z.string(), done: z.number(), total: z.number(), label: z.string() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
