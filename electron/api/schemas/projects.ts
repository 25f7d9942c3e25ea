import { z } from 'zod';
import { id, isoDate, moneyDong, pageOf } from './common';
import { gridQuery } from './grid';

// The project register as an editable grid and a detail panel: key tasks the province enters itself, lifecycle
// steps with their legal basis, attached documents, and the project group derived from the law in force.

/** The fields `filters` may name in projects.list: reference codes, the derived group, or project ids. */
export const projectFilterFields = ['stageCode', 'taskGroupCode', 'groupCode', 'id', 'keyTaskId'] as const;

export const projectGroupCode = z.enum(['A', 'B', 'C']);

/** Why a project is in its group, from threshold data keyed by law; null group when no law or total applies. */
export const projectGroup = z.object({
  groupCode: projectGroupCode.nullable(),
  lawCode: z.string().nullable(),
  /** The date the law was chosen by (policy approval, else investment decision), or null when not yet approved. */
  basisDate: z.string().nullable(),
  totalDong: z.number(),
  /** E.g. "Nhóm B theo Luật Đầu tư công 2024: 120 tỷ đồng ≥ 90 tỷ đồng". */
  reason: z.string(),
  /** The thresholds used are marked unconfirmed in the data. */
  unconfirmed: z.boolean(),
});
export type ProjectGroup = z.infer<typeof projectGroup>;

export const projectGridRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  investor: z.string(),
  location: z.string().nullable(),
  hasConstruction: z.boolean(),
  taskGroupCode: z.string().nullable(),
  stageCode: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  outputs: z.string().nullable(),
  notes: z.string().nullable(),
  /** Source code → its share of the total investment, in đồng. */
  funding: z.record(z.string(), z.number()),
  totalInvestmentDong: z.number(),
  groupCode: projectGroupCode.nullable(),
  groupReason: z.string(),
  /** The STT of the key tasks it serves, comma separated. */
  keyTasks: z.string(),
  /** field → why a valid value looks wrong (e.g. a lifecycle step without legal basis, shown on the stage). */
  warnings: z.record(z.string(), z.string()),
});
export type ProjectGridRow = z.infer<typeof projectGridRow>;

export const projectListInput = gridQuery;
export const projectGridPage = pageOf(projectGridRow);
export const projectViewQuery = gridQuery.omit({ offset: true, limit: true });

export const projectTotals = z.object({ count: z.number().int(), totalInvestmentDong: z.number(), funding: z.record(z.string(), z.number()) });

export const projectDocument = z.object({
  id: z.number().int(),
  stageEventId: z.number().int().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
  note: z.string().nullable(),
});
export type ProjectDocument = z.infer<typeof projectDocument>;

export const stageEvent = z.object({
  id: z.number().int(),
  stageCode: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuingBody: z.string().nullable(),
  note: z.string().nullable(),
  /** What the legal basis lacks (number, date, issuing body), in words; null when complete. */
  missingBasis: z.string().nullable(),
  documents: z.array(projectDocument),
});
export type StageEvent = z.infer<typeof stageEvent>;

export const keyTaskRow = z.object({
  id: z.number().int(),
  stt: z.string(),
  name: z.string(),
  leadAgency: z.string().nullable(),
  coordinatingAgencies: z.string().nullable(),
  period: z.string().nullable(),
  output: z.string().nullable(),
  taskGroupCode: z.string().nullable(),
  projectCount: z.number().int(),
  warnings: z.record(z.string(), z.string()),
});
export type KeyTaskRow = z.infer<typeof keyTaskRow>;

export const projectDetail = projectGridRow.extend({
  group: projectGroup,
  /** Section II task groups served: the project's own and those of its key tasks. */
  taskGroupsServed: z.array(z.string()),
  keyTaskIds: z.array(z.number().int()),
  /** Oldest first. */
  stages: z.array(stageEvent),
  /** Documents not tied to a step. */
  documents: z.array(projectDocument),
  capital: z.object({ allocatedDong: z.number(), disbursedDong: z.number(), mediumTermDong: z.number(), gapDong: z.number() }),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

const text = (max: number) => z.string().max(max).nullable().optional();

export const legalBasisInput = z.object({
  decisionNumber: text(100),
  decisionDate: isoDate.nullable().optional(),
  issuingBody: text(300),
  note: text(2000),
});

export const recordStageInput = legalBasisInput
  .extend({
    projectId: id,
    stageCode: z.string().max(40),
    /** Also moves the project to this stage (the usual case); false records an older step after the fact. */
    makeCurrent: z.boolean().default(true),
  })
  .strict();

export const updateStageInput = z.object({ id, patch: legalBasisInput.strict() }).strict();

export const stageSaved = z.object({
  changeSetId: z.number().int().nullable(),
  eventId: z.number().int(),
  /** Warnings, never blocks: a step without its decision number, date or issuing body. */
  warnings: z.array(z.string()),
});

export const setKeyTasksInput = z.object({ projectId: id, keyTaskIds: z.array(id).max(200) }).strict();

export const attachDocumentInput = z.object({ projectId: id, stageEventId: id.nullable().default(null), note: text(500) }).strict();
export const attachedDocument = z.object({ document: projectDocument.nullable(), changeSetId: z.number().int().nullable() });

export const changeOnly = z.object({ changeSetId: z.number().int().nullable() });
export const byId = z.object({ id }).strict();

export const projectGroupInput = z.object({ totalDong: moneyDong, onDate: isoDate }).strict();
