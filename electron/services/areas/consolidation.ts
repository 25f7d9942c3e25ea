import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/consolidation.ts. */
export const consolidationHandlers: HandlersFor<'consolidation'> = {};
