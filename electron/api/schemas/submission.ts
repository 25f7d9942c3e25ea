import { z } from 'zod';
import { isoDate } from './common';

// The annual submission to the ministry: the record of year N (document fields, narrative, state), its pre-flight
// checks, approval (which locks the year's data) and reopening, and the comparison with last year.

export const submissionYear = z.number().int().min(2020).max(2035);
export const submissionState = z.enum(['draft', 'reviewed', 'approved']);
export type SubmissionState = z.infer<typeof submissionState>;
export const sectionKey = z.enum(['situation', 'results', 'projects', 'difficulties', 'proposals']);
export type SectionKey = z.infer<typeof sectionKey>;

export const yearInput = z.object({ year: submissionYear }).strict();

export const submissionYearRow = z.object({
  year: submissionYear,
  state: submissionState.nullable(),
  /** Institutions with figures or a return for the year; 0 for a year with no assessment at all. */
  institutionsAssessed: z.number().int(),
  approvedAt: z.string().nullable(),
  exports: z.number().int(),
});
export type SubmissionYearRow = z.infer<typeof submissionYearRow>;

export const submissionYears = z.object({
  /** The year the page should offer first: the latest year with assessment figures that is not approved yet. */
  suggested: submissionYear,
  years: z.array(submissionYearRow),
});
export type SubmissionYears = z.infer<typeof submissionYears>;

export const submissionSection = z.object({ id: z.number().int(), key: sectionKey, title: z.string(), body: z.string() });
export type SubmissionSection = z.infer<typeof submissionSection>;

export const submissionEvent = z.object({
  changeSetId: z.number().int(),
  action: z.string(),
  label: z.string(),
  actor: z.string(),
  at: z.string(),
});
export type SubmissionEvent = z.infer<typeof submissionEvent>;

export const submissionView = z.object({
  id: z.number().int(),
  year: submissionYear,
  state: submissionState,
  documentNumber: z.string(),
  documentDate: z.string().nullable(),
  subject: z.string(),
  recipients: z.array(z.string()),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  /** "15/BC-SGDĐT" as the document will print it (number empty: "   /BC-SGDĐT", filled in by hand when issued). */
  documentCode: z.string(),
  sections: z.array(submissionSection),
  /** Why the year's data and this record cannot be edited; null while not approved. */
  lockedReason: z.string().nullable(),
  /** State changes and reopenings, newest first, as recorded in the History. */
  events: z.array(submissionEvent),
});
export type SubmissionView = z.infer<typeof submissionView>;

const text = (max: number) => z.string().max(max);

export const submissionUpdateInput = z
  .object({
    year: submissionYear,
    patch: z
      .object({
        documentNumber: text(20),
        documentDate: isoDate.nullable(),
        subject: text(500),
        recipients: z.array(text(300)).max(30),
      })
      .partial()
      .strict(),
  })
  .strict();
export type SubmissionUpdateInput = z.input<typeof submissionUpdateInput>;

export const sectionUpdateInput = z.object({ year: submissionYear, key: sectionKey, body: text(60_000) }).strict();
export const sectionInput = z.object({ year: submissionYear, key: sectionKey }).strict();
export const prefillResult = z.object({ key: sectionKey, body: z.string() });

export const savedSubmission = z.object({ submission: submissionView, changeSetId: z.number().int().nullable() });
export type SavedSubmission = z.infer<typeof savedSubmission>;

// ---- Pre-flight ----

export const checkLink = z.object({ route: z.string(), params: z.record(z.string(), z.string()) });
export type CheckLink = z.infer<typeof checkLink>;

export const checkItem = z.object({ label: z.string(), message: z.string(), link: checkLink });

export const preflightCheck = z.object({
  code: z.string(),
  /** blocking: the document cannot be laid out without it; approval waits. warning: the approver acknowledges it. */
  severity: z.enum(['blocking', 'warning']),
  title: z.string(),
  message: z.string(),
  count: z.number().int(),
  link: checkLink,
  /** The first items, each with where to fix it; `count` says how many there are in all. */
  items: z.array(checkItem),
});
export type PreflightCheck = z.infer<typeof preflightCheck>;

export const preflightResult = z.object({
  year: submissionYear,
  blocking: z.number().int(),
  warnings: z.number().int(),
  checks: z.array(preflightCheck),
});
export type PreflightResult = z.infer<typeof preflightResult>;

// ---- Approval ----

export const reviewInput = z.object({ year: submissionYear }).strict();
export const approveInput = z
  .object({
    year: submissionYear,
    /** The approver has read the warnings (their codes as shown); approval is refused if new ones appeared since. */
    acknowledgedWarnings: z.array(z.string().max(80)).max(50).default([]),
  })
  .strict();
export type ApproveInput = z.input<typeof approveInput>;

export const reopenInput = z
  .object({
    year: submissionYear,
    reason: z.string().max(1000),
    toState: z.enum(['reviewed', 'draft']).default('reviewed'),
  })
  .strict();
export type ReopenInput = z.input<typeof reopenInput>;

export const lockedYear = z.object({ year: z.number().int(), approvedAt: z.string().nullable(), approvedBy: z.string().nullable(), reason: z.string() });
export type LockedYear = z.infer<typeof lockedYear>;

// ---- Comparison with last year ----

export const comparisonRow = z.object({
  key: z.string(),
  group: z.enum(['targets', 'capital', 'institutions']),
  label: z.string(),
  unit: z.enum(['percent', 'dong', 'count']),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current − previous; null when either is unknown. */
  change: z.number().nullable(),
});
export type ComparisonRow = z.infer<typeof comparisonRow>;

export const comparison = z.object({
  year: submissionYear,
  previousYear: z.number().int(),
  /** Where last year's figures come from: the snapshot frozen at its latest export, or the file as it is now. */
  previousSource: z.enum(['frozen', 'live']),
  previousExportedAt: z.string().nullable(),
  rows: z.array(comparisonRow),
});
export type Comparison = z.infer<typeof comparison>;
