// Importing the institution register from Excel / CSV: open (host dialog) → layout → preview → apply.
import { z } from 'zod';
import { method } from '../method';
import {
  importApplyInput,
  importFile,
  importLayout,
  importLayoutInput,
  importOpenInput,
  importPreview,
  importPreviewInput,
  importResult,
  importToken,
} from '../schemas/institution-import';

export const institutionImportMethods = {
  // The host's open dialog picks the file; the service reads it and keeps it under a token. null when cancelled.
  'institutions.importOpen': method(importOpenInput, z.object({ opened: importFile.nullable() })),
  // Columns and suggested mapping for a header row the user chose.
  'institutions.importLayout': method(importLayoutInput, importLayout),
  // Every data row read, checked and matched to the register; nothing is written.
  'institutions.importPreview': method(importPreviewInput, importPreview),
  // Writes the chosen rows as one change set (one undo step), after a backup; remembers the mapping.
  'institutions.importApply': method(importApplyInput, importResult),
  // Forgets a token (the wizard closed).
  'institutions.importClose': method(z.object({ token: importToken }).strict(), z.object({ closed: z.boolean() })),
} as const;
