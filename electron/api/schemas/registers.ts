import { z } from 'zod';

// Read-only views of each register, paged and sorted in SQL. Editing arrives with the capability issues.

// The institution register's list takes the shared grid query; its shapes live with the rest of that area.
export { institutionListInput, institutionPage, institutionRow, type InstitutionRow } from './institutions';

// The project register moved to schemas/projects.ts (editable grid, detail, derived group).

export const targetRow = z.object({
  id: z.number().int(),
  code: z.string(),
  groupCode: z.string(),
  scope: z.enum(['national', 'provincial']),
  kind: z.enum(['percent', 'milestone']),
  nameVi: z.string(),
  nameEn: z.string(),
  sourceDocument: z.string(),
  confidence: z.string().nullable(),
  values: z.array(z.object({ year: z.number().int(), percent: z.number().nullable(), milestone: z.string().nullable() })),
});
export type TargetRow = z.infer<typeof targetRow>;

export const capitalCell = z.object({
  year: z.number().int(),
  sourceCode: z.string(),
  plannedDong: z.number(),
  adjustedDong: z.number(),
  disbursedDong: z.number(),
});
export type CapitalCell = z.infer<typeof capitalCell>;

// The milestone list moved to schemas/roadmap.ts (editable register, derived status, roll-overs, timeline).
