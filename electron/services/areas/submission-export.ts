import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/submission-export.ts. */
export const submissionExportHandlers: HandlersFor<'submissionExport'> = {};
