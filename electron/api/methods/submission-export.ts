import { method } from '../method';
import {
  exportInput,
  exportResult,
  listExportsInput,
  listExportsResult,
  previewInput,
  previewResult,
  reexportInput,
  reexportResult,
} from '../schemas/submission-export';

// The files of the annual submission: the report (.docx and .pdf from one report model), the appendix workbook and
// the data package. Every export is kept in the data file (snapshot and bytes), so any of them can be written again.
export const submissionExportMethods = {
  // Asks for a folder, builds the four files of year N (a job: progress, cancel) and records them; never overwrites.
  'submissionExport.export': method(exportInput, exportResult),
  // Past exports, newest first, with each file's name, size and SHA-256.
  'submissionExport.list': method(listExportsInput, listExportsResult),
  // Writes a past export's stored bytes again to a folder the user chooses, byte for byte (hashes checked).
  'submissionExport.reexport': method(reexportInput, reexportResult),
  // What the report of year N will hold (sections, tables, charts, page estimate, file names), without writing.
  'submissionExport.preview': method(previewInput, previewResult),
} as const;
