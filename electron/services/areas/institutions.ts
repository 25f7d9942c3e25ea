import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/institutions.ts (institutions.list is served with the other read views). */
export const institutionHandlers = {} satisfies Partial<HandlersFor<'institutions'>>;
