import { method } from '../method';
import { applyEditsInput, applyEditsResult, exportResult, exportViewInput } from '../schemas/grid';
import { institutionDetail, institutionGetInput, institutionTotals, institutionViewQuery } from '../schemas/institutions';

// The institution register as an editable grid. `institutions.list` (the grid's pages) is declared in methods.ts
// with the other registers; its input is the shared grid query (schemas/institutions.ts).
export const institutionMethods = {
  // Sums of the filtered view (not only the loaded page), for the grid's pinned totals row.
  'institutions.totals': method(institutionViewQuery, institutionTotals),
  // One institution with everything the detail panel shows: contact, notes, governing bodies over time, successor.
  'institutions.get': method(institutionGetInput, institutionDetail),
  // Cell edits and new rows, validated per cell; the valid ones are written as ONE undoable change.
  'institutions.applyEdits': method(applyEditsInput, applyEditsResult),
  // The current view (filters, search, sort, visible columns) to .xlsx or .csv where the user chooses.
  'institutions.exportView': method(exportViewInput, exportResult),
} as const;
