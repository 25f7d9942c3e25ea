import { z } from 'zod';
import { id, pageOf } from './common';
import { gridQuery } from './grid';

// The institution register as an editable grid: the list and its totals take the shared grid query (filters by
// type, ownership and status; search ignores diacritics); edits and exports use the shared grid shapes.

export const institutionStatus = z.enum(['active', 'merged', 'split', 'dissolved']);
export type InstitutionStatus = z.infer<typeof institutionStatus>;

/** The fields `filters` may name; their values are reference codes (type, ownership) or statuses. */
export const institutionFilterFields = ['typeCode', 'ownershipCode', 'status'] as const;

export const institutionRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  typeCode: z.string(),
  ownershipCode: z.string(),
  commune: z.string().nullable(),
  status: institutionStatus,
  foundedYear: z.number().int().nullable(),
  teachers: z.number().int().nullable(),
  managers: z.number().int().nullable(),
  learners: z.number().int().nullable(),
  successorId: z.number().int().nullable(),
  successorCode: z.string().nullable(),
  /** field → why a valid value looks unusual (the same rules applyEdits warns with). */
  warnings: z.record(z.string(), z.string()),
});
export type InstitutionRow = z.infer<typeof institutionRow>;

export const institutionListInput = gridQuery;
export const institutionPage = pageOf(institutionRow);

/** A view of the register without paging: what totals and exports cover. */
export const institutionViewQuery = gridQuery.omit({ offset: true, limit: true });

export const institutionTotals = z.object({
  count: z.number().int().min(0),
  teachers: z.number().int(),
  managers: z.number().int(),
  learners: z.number().int(),
});
export type InstitutionTotals = z.infer<typeof institutionTotals>;

export const governancePeriod = z.object({
  id: z.number().int(),
  governingBody: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

const institutionRef = z.object({ id: z.number().int(), code: z.string(), name: z.string(), status: institutionStatus });

export const institutionDetail = institutionRow.extend({
  address: z.string().nullable(),
  contact: z.string().nullable(),
  notes: z.string().nullable(),
  statusChangedOn: z.string().nullable(),
  originProvince: z.string().nullable(),
  /** The governing body today (the open-ended period), if any. */
  governingBody: z.string().nullable(),
  /** Newest first. */
  governance: z.array(governancePeriod),
  successor: institutionRef.nullable(),
  /** Institutions that merged into this one (their successor is this one). */
  predecessors: z.array(institutionRef),
});
export type InstitutionDetail = z.infer<typeof institutionDetail>;

export const institutionGetInput = z.object({ id }).strict();
