import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/dashboard.ts. */
export const dashboardHandlers: HandlersFor<'dashboard'> = {};
