import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/charts.ts. */
export const chartHandlers: HandlersFor<'charts'> = {};
