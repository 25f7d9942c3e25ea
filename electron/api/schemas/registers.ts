import { z } from 'zod';
import { pageInput, pageOf } from './common';

// Read-only views of each register, paged and sorted in SQL. Editing arrives with the capability issues.

export const institutionRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  typeCode: z.string(),
  ownershipCode: z.string(),
  commune: z.string().nullable(),
  status: z.enum(['active', 'merged', 'split', 'dissolved']),
  foundedYear: z.number().int().nullable(),
  teachers: z.number().int().nullable(),
  managers: z.number().int().nullable(),
  learners: z.number().int().nullable(),
});
export type InstitutionRow = z.infer<typeof institutionRow>;
export const institutionListInput = pageInput;
export const institutionPage = pageOf(institutionRow);

export const projectRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  investor: z.string(),
  stageCode: z.string(),
  taskGroupCode: z.string().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  totalInvestmentDong: z.number(),
});
export type ProjectRow = z.infer<typeof projectRow>;
export const projectListInput = pageInput;
export const projectPage = pageOf(projectRow);

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

export const milestoneRow = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  owner: z.string().nullable(),
  status: z.string().nullable(),
  linkedTo: z.string().nullable(),
});
export type MilestoneRow = z.infer<typeof milestoneRow>;
