import type { HandlersFor } from '../handler-types';
import { exportSubmission } from '../submission-export/export-job';
import { previewReport } from '../submission-export/preview';
import { listPastExports, reexportSubmission } from '../submission-export/reexport';

/** Handlers for electron/api/methods/submission-export.ts. */
export const submissionExportHandlers: HandlersFor<'submissionExport'> = {
  'submissionExport.export': (input, ctx) => exportSubmission(ctx, input),
  'submissionExport.list': (input, ctx) => listPastExports(ctx, input.year),
  'submissionExport.reexport': (input, ctx) => reexportSubmission(ctx, input),
  'submissionExport.preview': (input, ctx) => previewReport(ctx, input.year),
};
