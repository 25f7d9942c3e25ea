import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/institution-import.ts. */
export const institutionImportHandlers = {} satisfies Partial<HandlersFor<'institutions'>>;
