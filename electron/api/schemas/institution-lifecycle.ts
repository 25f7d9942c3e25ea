import { z } from 'zod';
import { id, isoDate } from './common';

// Merge, split, rename, dissolve and governing-body changes: first-class actions, each one recorded change set
// (one undo step). Nothing is deleted: ended institutions keep their rows and point to their successor.

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const newInstitutionInput = z
  .object({
    code: text(50),
    name: text(300),
    typeCode: text(40),
    ownershipCode: text(40),
    commune: optionalText(200),
    /** Governing body from the event's date, if any. */
    governingBody: optionalText(300),
  })
  .strict();
export type NewInstitutionInput = z.infer<typeof newInstitutionInput>;

const eventBasis = {
  occurredOn: isoDate,
  /** Decision number, date and issuing body, as written on the decision. */
  legalBasis: optionalText(500),
  note: optionalText(2000),
};

export const mergeInput = z
  .object({
    sourceIds: z.array(id).min(1).max(50),
    into: z.union([z.object({ existingId: id }).strict(), z.object({ newInstitution: newInstitutionInput }).strict()]),
    /** Add the sources' teachers, managers and learners to the result's. */
    addCounts: z.boolean().default(true),
    ...eventBasis,
  })
  .strict();
export type MergeInput = z.infer<typeof mergeInput>;

export const splitInput = z
  .object({
    sourceId: id,
    results: z.array(newInstitutionInput).min(2).max(20),
    ...eventBasis,
  })
  .strict();
export type SplitInput = z.infer<typeof splitInput>;

export const renameInput = z.object({ id, newName: text(300), ...eventBasis }).strict();
export type RenameInput = z.infer<typeof renameInput>;

export const dissolveInput = z.object({ id, ...eventBasis }).strict();
export type DissolveInput = z.infer<typeof dissolveInput>;

export const setGoverningBodyInput = z
  .object({
    id,
    /** null: no governing body from that day (e.g. an institution that became private). */
    governingBody: z.string().trim().min(1).max(300).nullable(),
    validFrom: isoDate,
  })
  .strict();
export type SetGoverningBodyInput = z.infer<typeof setGoverningBodyInput>;

export const lifecycleResult = z.object({
  /** The recorded event (null for a governing-body change, which is dated governance, not an event). */
  eventId: z.number().int().nullable(),
  /** The institutions the action created or changed, results first. */
  institutionIds: z.array(z.number().int()),
  /** The History / Undo label. */
  label: z.string(),
});
export type LifecycleResult = z.infer<typeof lifecycleResult>;

export const institutionStatus = z.enum(['active', 'merged', 'split', 'dissolved']);
const institutionRef = z.object({ id: z.number().int(), code: z.string(), name: z.string(), status: institutionStatus });

export const institutionLifecycle = z.object({
  institution: institutionRef.extend({
    typeCode: z.string(),
    ownershipCode: z.string(),
    commune: z.string().nullable(),
    statusChangedOn: z.string().nullable(),
    teachers: z.number().int().nullable(),
    managers: z.number().int().nullable(),
    learners: z.number().int().nullable(),
    /** Direct successor (merged into). */
    successor: institutionRef.nullable(),
    /** Where its past values roll up: the end of the successor chain (itself when it has no successor). */
    rollsUpInto: institutionRef,
  }),
  governance: z.array(z.object({ id: z.number().int(), governingBody: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
  events: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['merge', 'split', 'rename', 'dissolve']),
      occurredOn: z.string(),
      legalBasis: z.string().nullable(),
      oldName: z.string().nullable(),
      newName: z.string().nullable(),
      note: z.string().nullable(),
      role: z.enum(['source', 'result']),
      others: z.array(institutionRef.extend({ role: z.enum(['source', 'result']) })),
    }),
  ),
  /** Governing bodies used anywhere in the file, to pick from. */
  knownGoverningBodies: z.array(z.string()),
});
export type InstitutionLifecycle = z.infer<typeof institutionLifecycle>;
