import type { HandlersFor } from '../handler-types';
import { consolidationRollup, packagesWithUnits } from '../consolidation/rollup';
import { importPackages, previewPackages, removePackage } from '../consolidation/service';
import { exportSummary } from '../consolidation/summary-export';

/** Handlers for electron/api/methods/consolidation.ts; the work lives in electron/services/consolidation/. */
export const consolidationHandlers: HandlersFor<'consolidation'> = {
  'consolidation.previewPackages': ({ jobId }, ctx) => previewPackages(ctx, jobId),
  'consolidation.importPackages': (input, ctx) => importPackages(ctx, input),
  'consolidation.list': ({ year }, ctx) => packagesWithUnits(ctx.workspace.require().sqlite, year),
  'consolidation.remove': ({ id }, ctx) => removePackage(ctx, id),
  'consolidation.rollup': ({ year }, ctx) => consolidationRollup(ctx.workspace.require().sqlite, year),
  'consolidation.exportSummary': (input, ctx) => exportSummary(ctx, input),
};
