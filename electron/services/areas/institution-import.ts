import type { HandlersFor } from '../handler-types';
import { applyImport, closeImport, importLayout, openImport, previewImport } from '../import/institutions/service';

type ImportMethod = 'institutions.importOpen' | 'institutions.importLayout' | 'institutions.importPreview' | 'institutions.importApply' | 'institutions.importClose';

/** Handlers for electron/api/methods/institution-import.ts; the work lives in electron/services/import/. */
export const institutionImportHandlers = {
  'institutions.importOpen': ({ jobId }, ctx) => openImport(ctx, jobId),
  'institutions.importLayout': (input, ctx) => importLayout(ctx, input),
  'institutions.importPreview': (input, ctx) => previewImport(ctx, input),
  'institutions.importApply': (input, ctx) => applyImport(ctx, input),
  'institutions.importClose': ({ token }, ctx) => closeImport(ctx, token),
} satisfies Pick<HandlersFor<'institutions'>, ImportMethod>;
