import { z } from 'zod';

/**
 * Every figure of one year's submission, frozen at export: what the report, the appendix workbook and the data
 * package are all made from, and (as `data/submission.json`) the machine-readable heart of the data package the
 * ministry consolidates. Versioned: a change that removes or renames a field, or changes a meaning, bumps
 * SNAPSHOT_FORMAT_VERSION; readers refuse a newer version instead of misreading it.
 *
 * Money is integer đồng (architecture rule 5); percentages are 0–100; years are calendar years; codes are the
 * province file's own (institution and project codes) or the shipped reference codes (targets, indicators, capital
 * sources, institution types, lifecycle stages). Names are copied as they were, so a later rename changes nothing.
 */
export const SNAPSHOT_FORMAT_VERSION = 1;

const int = z.number().int();
const dong = z.number().int();
const percent = z.number().min(0).max(100);

export const snapshotProvince = z.object({
  name: z.string(),
  placeName: z.string(),
  superiorBody: z.string(),
  owningDepartment: z.string(),
  owningDepartmentCode: z.string(),
  recipientMinistry: z.string(),
  recipientDepartment: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  signingAuthority: z.string(),
  documentCode: z.string(),
  /** Provinces merged into this one (Resolution 202/2025/QH15): their earlier packages roll up here. */
  predecessors: z.array(z.object({ name: z.string(), mergedOn: z.string().nullable() })),
});

export const snapshotSubmission = z.object({
  year: int,
  state: z.enum(['draft', 'reviewed', 'approved']),
  documentNumber: z.string(),
  documentDate: z.string().nullable(),
  subject: z.string(),
  recipients: z.array(z.string()),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), body: z.string() })),
});

export const snapshotInstitution = z.object({
  code: z.string(),
  name: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  ownershipCode: z.string(),
  governingBody: z.string().nullable(),
  commune: z.string().nullable(),
  status: z.string(),
  successorCode: z.string().nullable(),
  teachers: int.nullable(),
  managers: int.nullable(),
  learners: int.nullable(),
  /** The institution's assessment for the year: draft / submitted / approved, or null when it has none. */
  assessmentState: z.enum(['draft', 'submitted', 'approved']).nullable(),
});

export const snapshotIndicator = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), unit: z.enum(['count', 'yesno']) });

export const snapshotIndicatorValue = z.object({
  institutionCode: z.string(),
  indicatorCode: z.string(),
  value: z.number().nullable(),
  comment: z.string().nullable(),
});

export const snapshotTarget = z.object({
  code: z.string(),
  scope: z.enum(['national', 'provincial']),
  kind: z.enum(['percent', 'milestone']),
  groupCode: z.string(),
  subject: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nationalTargetCode: z.string().nullable(),
  /** The Decision's (or the province's) values for 2025 and 2030, and the value that applies to the year. */
  target2025: percent.nullable(),
  target2030: percent.nullable(),
  targetThisYear: percent.nullable(),
  /** Σ numerator / Σ denominator over institutions (never an average of percentages); null when not measured. */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  attainment: percent.nullable(),
  institutionsCounted: int,
  institutionsInSubject: int,
  /** Milestone-kind targets: the planner's status text; null otherwise. */
  milestoneText: z.string().nullable(),
  /** Attainment by earlier year, for trends and the comparison with last year. */
  history: z.array(z.object({ year: int, attainment: percent.nullable() })),
});

export const snapshotProject = z.object({
  code: z.string(),
  name: z.string(),
  investor: z.string(),
  location: z.string().nullable(),
  groupCode: z.string().nullable(),
  stageCode: z.string(),
  stageName: z.string(),
  startYear: int,
  endYear: int,
  /** Latest investment decision (or policy approval) as its legal basis: "123/QĐ-UBND ngày 05/02/2024". */
  decision: z.string().nullable(),
  totalInvestmentDong: dong,
  fundingBySource: z.record(z.string(), dong),
  allocatedBeforeYearDong: dong,
  mediumTermDong: dong,
  plannedThisYearDong: dong,
  disbursedThisYearDong: dong,
  /** Capital still missing to finish the project on schedule (db/queries/funding-gap.ts). */
  fundingGapDong: dong,
  keyTaskStts: z.array(z.string()),
});

export const snapshotAllocation = z.object({
  projectCode: z.string(),
  year: int,
  sourceCode: z.string(),
  plannedDong: dong,
  adjustedDong: dong.nullable(),
  disbursedDong: dong,
});

export const snapshotMilestone = z.object({
  title: z.string(),
  year: int,
  quarter: int.nullable(),
  owner: z.string().nullable(),
  /** Derived where it can be (target, project), else set by hand; null: nobody has said. */
  status: z.enum(['planned', 'on_track', 'at_risk', 'met', 'missed']).nullable(),
  statusReason: z.string().nullable(),
  linkedTo: z.string().nullable(),
  rolledOverFrom: z.array(z.object({ year: int, reason: z.string() })),
});

export const snapshotActivity = z.object({
  heldOn: z.string(),
  kind: z.enum(['conference', 'workshop', 'media', 'training']),
  title: z.string(),
  audience: z.string().nullable(),
  participants: int.nullable(),
});

export const submissionSnapshot = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  year: int,
  generatedAt: z.string(),
  appVersion: z.string(),
  province: snapshotProvince,
  submission: snapshotSubmission,
  /** isPublicInvestment: false for XHH and the like, which the public-investment plan tables list apart. */
  capitalSources: z.array(z.object({ code: z.string(), nameVi: z.string(), isPublicInvestment: z.boolean() })),
  institutionTypes: z.array(z.object({ code: z.string(), nameVi: z.string() })),
  institutions: z.array(snapshotInstitution),
  indicators: z.array(snapshotIndicator),
  indicatorValues: z.array(snapshotIndicatorValue),
  targets: z.array(snapshotTarget),
  projects: z.array(snapshotProject),
  /** Every allocation row of the projects up to and including the year. */
  allocations: z.array(snapshotAllocation),
  milestones: z.array(snapshotMilestone),
  awarenessActivities: z.array(snapshotActivity),
  totals: z.object({
    institutionsActive: int,
    institutionsAssessed: int,
    institutionsApproved: int,
    plannedThisYearDong: dong,
    disbursedThisYearDong: dong,
    fundingGapDong: dong,
    participants: int,
  }),
});
export type SubmissionSnapshot = z.infer<typeof submissionSnapshot>;
