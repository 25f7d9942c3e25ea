import { saveChartImage } from '../dashboard/chart-image';
import type { HandlersFor } from '../handler-types';

/** Handlers for electron/api/methods/charts.ts. */
export const chartHandlers: HandlersFor<'charts'> = {
  'charts.saveImage': (input, ctx) => saveChartImage(ctx.platform, input),
};
