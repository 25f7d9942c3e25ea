import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/backups.ts. */
export const backupHandlers = {} satisfies Partial<HandlersFor<'backups'>>;
