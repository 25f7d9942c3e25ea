import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/submission.ts. */
export const submissionHandlers: HandlersFor<'submission'> = {};
