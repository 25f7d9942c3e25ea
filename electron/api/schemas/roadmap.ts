import { z } from 'zod';

/** A milestone's status as the app judges it: from its target's figures, its project, or the planner's hand. */
export const derivedStatusValue = z.enum(['met', 'on_track', 'at_risk', 'missed']);
export type DerivedStatusValue = z.infer<typeof derivedStatusValue>;

export const statusSource = z.enum(['target', 'project', 'manual', 'none']);
export type StatusSource = z.infer<typeof statusSource>;

export const derivedStatus = z.object({
  /** null: nothing to judge by (no figures, no hand-set status, or only "planned"). */
  status: derivedStatusValue.nullable(),
  source: statusSource,
  /** Plain Vietnamese: the figures or facts the status rests on, so the planner can check it by hand. */
  reason: z.string(),
});
export type DerivedStatus = z.infer<typeof derivedStatus>;

/** What the planner may set by hand; the database also allows 'planned' (not yet judged). */
export const handStatus = z.enum(['planned', 'on_track', 'at_risk', 'met', 'missed']);
export type HandStatus = z.infer<typeof handStatus>;

// ---- The milestones register ----

export const milestoneQuarter = z.number().int().min(1).max(4);
export const milestoneYear = z.number().int().min(2020).max(2035);

/** What a milestone is linked to: at most one of a target, a key task, a project. */
export const milestoneLinkKind = z.enum(['target', 'keyTask', 'project']);
export type MilestoneLinkKind = z.infer<typeof milestoneLinkKind>;

/**
 * One row of the milestones grid. `link` is the grid's choice value: "target:<code>", "keyTask:<stt>" or
 * "project:<code>" (codes, so a pasted code finds it), `linkLabel` what the planner reads.
 */
export const milestoneGridRow = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  owner: z.string().nullable(),
  link: z.string().nullable(),
  linkKind: milestoneLinkKind.nullable(),
  linkLabel: z.string().nullable(),
  targetId: z.number().int().nullable(),
  keyTaskId: z.number().int().nullable(),
  projectId: z.number().int().nullable(),
  status: handStatus.nullable(),
  statusNote: z.string().nullable(),
  notes: z.string().nullable(),
  derivedStatus: derivedStatusValue.nullable(),
  derivedSource: statusSource,
  derivedReason: z.string(),
  /** How many times the milestone was rolled over to a later year. */
  rollovers: z.number().int(),
  /** Why the row cannot be changed now (its year's submission is approved), or null. */
  lockedReason: z.string().nullable(),
});
export type MilestoneGridRow = z.infer<typeof milestoneGridRow>;

/** Derived statuses as the filter and the URL name them; 'none' is "no status". */
export const statusFilterValue = z.enum(['met', 'on_track', 'at_risk', 'missed', 'none']);
export type StatusFilterValue = z.infer<typeof statusFilterValue>;

export const milestonePage = z.object({
  total: z.number().int(),
  rows: z.array(milestoneGridRow),
  /** Milestones by derived status over the whole file (before filters), for the filter's counts. */
  statusCounts: z.record(statusFilterValue, z.number().int()),
  asOf: z.string(),
});
export type MilestonePage = z.infer<typeof milestonePage>;

export const milestoneRollover = z.object({
  id: z.number().int(),
  fromYear: z.number().int(),
  fromQuarter: z.number().int().nullable(),
  toYear: z.number().int(),
  toQuarter: z.number().int().nullable(),
  reason: z.string(),
  rolledOn: z.string(),
});
export type MilestoneRollover = z.infer<typeof milestoneRollover>;

export const milestoneDetail = milestoneGridRow.extend({
  rolloverHistory: z.array(milestoneRollover),
});
export type MilestoneDetail = z.infer<typeof milestoneDetail>;

export const rollOverInput = z
  .object({
    id: z.number().int().positive(),
    toYear: milestoneYear,
    toQuarter: milestoneQuarter.nullable(),
    reason: z.string().max(1000),
  })
  .strict();
export type RollOverInput = z.input<typeof rollOverInput>;

export const rollOverResult = z.object({ changeSetId: z.number().int().nullable(), year: z.number().int(), quarter: z.number().int().nullable() });

export const linkChoice = z.object({ kind: milestoneLinkKind, value: z.string(), id: z.number().int(), code: z.string(), label: z.string() });
export type LinkChoice = z.infer<typeof linkChoice>;

// ---- Awareness activities ----

export const activityKind = z.enum(['conference', 'workshop', 'media', 'training']);
export type ActivityKind = z.infer<typeof activityKind>;

export const activityRow = z.object({
  id: z.number().int(),
  heldOn: z.string(),
  kind: activityKind,
  title: z.string(),
  audience: z.string().nullable(),
  participants: z.number().int().nullable(),
  lockedReason: z.string().nullable(),
});
export type ActivityRow = z.infer<typeof activityRow>;

// ---- The timeline ----

export const timelineInput = z
  .object({
    /** 'linked': only projects some milestone is linked to; 'all': every project matching the filters. */
    scope: z.enum(['linked', 'all']).default('all'),
    taskGroupCodes: z.array(z.string().max(20)).max(50).default([]),
    stageCodes: z.array(z.string().max(40)).max(20).default([]),
    search: z.string().max(200).optional(),
    /** Bars drawn at most; the page says how many matched. */
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type TimelineInput = z.input<typeof timelineInput>;

export const timelineProject = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  stageCode: z.string(),
  stageNameVi: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  taskGroupCode: z.string().nullable(),
});

export const timelineMilestone = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  linkKind: milestoneLinkKind.nullable(),
  /** The row it sits on: the project's id for project-linked milestones; otherwise a target or task code. */
  projectId: z.number().int().nullable(),
  linkCode: z.string().nullable(),
  linkLabel: z.string().nullable(),
  derivedStatus: derivedStatusValue.nullable(),
  derivedReason: z.string(),
});

export const timeline = z.object({
  asOf: z.string(),
  projects: z.array(timelineProject),
  /** Projects matching the filters, drawn or not. */
  projectsMatching: z.number().int(),
  projectsInFile: z.number().int(),
  milestones: z.array(timelineMilestone),
});
export type Timeline = z.infer<typeof timeline>;
export type TimelineProject = z.infer<typeof timelineProject>;
export type TimelineMilestone = z.infer<typeof timelineMilestone>;

// ---- The plain list (kept for the overview and older callers) ----

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
