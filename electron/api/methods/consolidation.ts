// The ministry's consolidation of provinces' data packages (issue 6): open and verify, import, list, remove, roll up,
// export the national summary. Names are `consolidation.verbNoun`.
import { z } from 'zod';
import { method } from '../method';
import {
  consolidationList,
  consolidationListInput,
  exportSummaryInput,
  exportSummaryResult,
  importPackagesInput,
  importPackagesResult,
  packagePreview,
  previewPackagesInput,
  removePackageInput,
  rollup,
  rollupInput,
} from '../schemas/consolidation';

export const consolidationMethods = {
  // The host's dialog picks package files; each is verified (job with progress and cancel). Nothing is written.
  'consolidation.previewPackages': method(previewPackagesInput, packagePreview),
  // Imports the verified packages of a preview (all, or the given indexes) as one undoable change, after a backup.
  'consolidation.importPackages': method(importPackagesInput, importPackagesResult),
  // Packages in the open file, with the 34-unit province each rolls up into.
  'consolidation.list': method(consolidationListInput, consolidationList),
  // Removes one package from the consolidation (undoable).
  'consolidation.remove': method(removePackageInput, z.object({ changeSetId: z.number().int().nullable() })),
  // The national roll-up of a year: by province (34 units) and by target, capital by source and year, institutions by type.
  'consolidation.rollup': method(rollupInput, rollup),
  // Writes the national summary workbook where the user chooses; null when cancelled.
  'consolidation.exportSummary': method(exportSummaryInput, exportSummaryResult),
} as const;
