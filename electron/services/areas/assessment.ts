import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/assessment.ts. */
export const assessmentHandlers = {} satisfies Partial<HandlersFor<'assessment'>> & Partial<HandlersFor<'targets'>>;
