import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/institution-lifecycle.ts. */
export const institutionLifecycleHandlers = {} satisfies Partial<HandlersFor<'institutions'>>;
