import { z } from 'zod';
import { applyEditsResult, cellValue, gridQuery } from './grid';

/** The subjects a target can count (the Decision's own words); the target editor offers them, the services read them. */
export const targetSubjects = [
  'teachers_and_managers',
  'teachers',
  'training_programmes',
  'it_programmes',
  'colleges_and_intermediate_schools',
  'colleges',
  'intermediate_schools',
  'vet_centres',
  'institutions',
  'public_services',
  'national',
] as const;

// Targets (national and provincial, with the planner's yearly trajectory) and the yearly assessment of every
// institution: raw figures per indicator, their review state, province attainment computed from counts,
// completeness, and the offline round trip through one Excel entry workbook per institution.

/** Years the assessment covers: the Decision's programme runs 2022–2030; targets may name 2020–2035. */
export const assessmentYear = z.number().int().min(2020).max(2035);
export const targetYear = z.number().int().min(2020).max(2035);

export const assessmentState = z.enum(['draft', 'submitted', 'approved']);
export type AssessmentState = z.infer<typeof assessmentState>;
/** 'none': the institution has not started its return for the year. */
export const rowState = z.enum(['none', 'draft', 'submitted', 'approved']);

export const targetKind = z.enum(['percent', 'milestone']);
export const targetScope = z.enum(['national', 'provincial']);
const code = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}_.-]+$/u, 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới');
/** '+'-joined indicator codes: "teachers_total+managers_total". */
const indicatorFormula = z.string().trim().min(1).max(200).regex(/^[a-z0-9_]+(\+[a-z0-9_]+)*$/, 'Công thức: mã chỉ số nối bằng dấu +');

// ——— Targets ———

export const targetValue = z.object({
  year: targetYear,
  percent: z.number().min(0).max(100).nullable(),
  milestone: z.string().trim().max(100).nullable(),
  isTrajectory: z.boolean(),
});
export type TargetValue = z.infer<typeof targetValue>;

export const targetDetail = z.object({
  id: z.number().int(),
  code: z.string(),
  groupCode: z.string(),
  scope: targetScope,
  kind: targetKind,
  subject: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  sourceDocument: z.string(),
  confidence: z.string().nullable(),
  numeratorIndicator: z.string().nullable(),
  denominatorIndicator: z.string().nullable(),
  nationalTargetCode: z.string().nullable(),
  values: z.array(targetValue),
  /** Roadmap milestones that point at the target (a target they name cannot be deleted). */
  linkedMilestones: z.number().int(),
});
export type TargetDetail = z.infer<typeof targetDetail>;

// No defaults here: a patch built with .partial() would otherwise reset every field it leaves out.
export const targetFields = z.object({
  code,
  groupCode: z.string().trim().min(1).max(20),
  kind: targetKind,
  subject: z.string().trim().min(1).max(60),
  nameVi: z.string().trim().min(1).max(500),
  nameEn: z.string().trim().max(500),
  sourceDocument: z.string().trim().min(1).max(500),
  confidence: z.string().trim().max(200).nullable(),
  numeratorIndicator: indicatorFormula.nullable(),
  denominatorIndicator: indicatorFormula.nullable(),
  nationalTargetCode: z.string().trim().max(40).nullable(),
});
export type TargetFields = z.input<typeof targetFields>;

/** Values replace the target's whole list of years (what the editor shows is what is stored). */
const targetValues = z
  .array(targetValue)
  .max(16)
  .refine((values) => new Set(values.map((v) => v.year)).size === values.length, 'Mỗi năm chỉ có một giá trị');

const optionalOnCreate = { nameEn: true, confidence: true, numeratorIndicator: true, denominatorIndicator: true, nationalTargetCode: true } as const;
/** A provincial target; the formula, when left out, is the national target's it refines. */
export const targetCreateInput = z.object({ target: targetFields.partial(optionalOnCreate), values: targetValues.default([]) }).strict();
export const targetUpdateInput = z
  .object({ id: z.number().int().positive(), patch: targetFields.partial().optional(), values: targetValues.optional() })
  .strict();
export const targetSaved = z.object({ target: targetDetail, changeSetId: z.number().int().nullable() });

export const trajectoryInput = z
  .object({
    /** The stored target; a target not yet saved sends its values instead. */
    targetId: z.number().int().positive().optional(),
    /** Recompute years already on the trajectory too, from the targets set by documents only. */
    replaceTrajectory: z.boolean().default(false),
    /** An extra starting point, e.g. the attainment measured in the latest year, for targets with a final value only. */
    start: z.object({ year: targetYear, percent: z.number().min(0).max(100) }).optional(),
    /** The values as the editor shows them, saved or not; default: the stored ones. */
    values: z.array(targetValue).max(16).optional(),
  })
  .strict()
  .refine((input) => input.targetId !== undefined || input.values !== undefined, 'Cần mã chỉ tiêu hoặc các giá trị');
export const trajectorySuggestion = z.object({
  targetId: z.number().int().nullable(),
  values: z.array(z.object({ year: targetYear, percent: z.number(), from: targetYear, to: targetYear, replaces: z.number().nullable() })),
});
export type TrajectorySuggestion = z.infer<typeof trajectorySuggestion>;

// ——— The assessment grid: institutions × indicators for one year ———

export const indicatorInfo = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.enum(['count', 'yesno']),
});
export type IndicatorInfo = z.infer<typeof indicatorInfo>;

export const assessmentRow = z.object({
  /** The institution's id: edits name the row by it. */
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  typeCode: z.string(),
  status: z.string(),
  state: rowState,
  reopenReason: z.string().nullable(),
  values: z.record(z.string(), z.number().nullable()),
  comments: z.record(z.string(), z.string()),
  /** indicator code → why the stored value looks wrong or unusual (outside limits, part above its whole). */
  warnings: z.record(z.string(), z.string()),
  missing: z.number().int(),
  /** Why none of the row's figures can be edited (the year's submission to the ministry is approved); absent otherwise. */
  lockedReason: z.string().optional(),
});
export type AssessmentRow = z.infer<typeof assessmentRow>;

export const assessmentGridInput = z.object({ year: assessmentYear, query: gridQuery.default({ offset: 0, limit: 100 }) }).strict();
export const assessmentGridPage = z.object({
  total: z.number().int(),
  rows: z.array(assessmentRow),
  indicators: z.array(indicatorInfo),
});

export const valueEdit = z.object({
  institutionId: z.number().int().positive(),
  indicatorCode: z.string().max(64),
  /** Absent: only the comment changes. Text is read the Vietnamese way (1.234) or as có / không. */
  value: cellValue.optional(),
  comment: z.string().max(2000).nullable().optional(),
});
export type ValueEdit = z.infer<typeof valueEdit>;

export const assessmentEditsInput = z
  .object({ year: assessmentYear, edits: z.array(valueEdit).min(1).max(20_000), label: z.string().max(200).optional() })
  .strict();
/** Grid verdicts: `id` is the institution, `field` the indicator code. */
export const assessmentEditsResult = applyEditsResult;

export const setStateInput = z
  .object({
    year: assessmentYear,
    institutionIds: z.array(z.number().int().positive()).min(1).max(5_000),
    state: assessmentState,
    /** Required to reopen an approved return; kept in assessments.reopen_reason and in the History. */
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export const setStateResult = z.object({
  changed: z.array(z.number().int()),
  skipped: z.array(z.object({ institutionId: z.number().int(), message: z.string() })),
  changeSetId: z.number().int().nullable(),
});

export const institutionAssessmentInput = z.object({ year: assessmentYear, institutionId: z.number().int().positive() }).strict();
export const institutionAssessment = z.object({
  institution: z.object({ id: z.number().int(), code: z.string(), name: z.string(), typeCode: z.string(), status: z.string() }),
  year: z.number().int(),
  state: rowState,
  reopenReason: z.string().nullable(),
  inYear: z.boolean(),
  items: z.array(
    indicatorInfo.extend({
      value: z.number().nullable(),
      comment: z.string().nullable(),
      previous: z.number().nullable(),
      warning: z.string().nullable(),
    }),
  ),
});
export type InstitutionAssessment = z.infer<typeof institutionAssessment>;

// ——— Attainment ———

export const targetForYear = z.object({
  percent: z.number().nullable(),
  milestone: z.string().nullable(),
  /** Where the year's value comes from; 'interpolated' lies on the straight line between fromYear and toYear. */
  source: z.enum(['target', 'trajectory', 'interpolated', 'none']),
  fromYear: z.number().int().nullable(),
  toYear: z.number().int().nullable(),
});
export type TargetForYear = z.infer<typeof targetForYear>;

export const attainmentRow = z.object({
  targetId: z.number().int(),
  code: z.string(),
  scope: targetScope,
  kind: targetKind,
  groupCode: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nationalTargetCode: z.string().nullable(),
  /** Why attainment cannot be computed from institutions' figures (milestone, national-level target, no formula). */
  notMeasured: z.enum(['milestone', 'no-formula', 'bad-formula']).nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Institutions whose figures entered the sums, and those of the target's subject in the year. */
  institutionsCounted: z.number().int(),
  institutionsInSubject: z.number().int(),
  percent: z.number().nullable(),
  target: targetForYear,
  /** percent − target, in percentage points. */
  gap: z.number().nullable(),
});
export type AttainmentRow = z.infer<typeof attainmentRow>;

export const attainmentInput = z.object({ year: assessmentYear, approvedOnly: z.boolean().default(false) }).strict();
export const attainmentResult = z.object({ year: z.number().int(), approvedOnly: z.boolean(), rows: z.array(attainmentRow) });

export const attainmentSeriesInput = z
  .object({ fromYear: assessmentYear.default(2022), toYear: assessmentYear.default(2030), approvedOnly: z.boolean().default(false) })
  .strict();
export const attainmentSeries = z.object({
  years: z.array(z.number().int()),
  targets: z.array(
    z.object({
      targetId: z.number().int(),
      code: z.string(),
      nameVi: z.string(),
      nameEn: z.string(),
      points: z.array(z.object({ year: z.number().int(), percent: z.number().nullable(), target: z.number().nullable(), targetSource: targetForYear.shape.source })),
    }),
  ),
});
export type AttainmentSeries = z.infer<typeof attainmentSeries>;

// ——— Completeness ———

const institutionRef = z.object({ institutionId: z.number().int(), code: z.string(), name: z.string(), state: rowState });
export const completenessInput = z.object({ year: assessmentYear }).strict();
export const completeness = z.object({
  year: z.number().int(),
  institutionsInYear: z.number().int(),
  byState: z.record(rowState, z.number().int()),
  notReported: z.array(institutionRef),
  missing: z.array(institutionRef.extend({ indicatorCodes: z.array(z.string()) })),
  outsideLimits: z.array(institutionRef.extend({ indicatorCode: z.string(), message: z.string() })),
});
export type Completeness = z.infer<typeof completeness>;

// ——— Entry workbooks ———

export const exportEntryInput = z
  .object({ year: assessmentYear, institutionIds: z.array(z.number().int().positive()).max(5_000).optional() })
  .strict();
export const exportEntryResult = z.object({
  folder: z.string().nullable(),
  files: z.array(z.object({ institutionId: z.number().int(), file: z.string() })),
});

export const importEntryInput = z.object({ year: assessmentYear.optional() }).strict();
export const entryCellDiff = z.object({
  indicatorCode: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.enum(['count', 'yesno']),
  oldValue: z.number().nullable(),
  newValue: z.number().nullable(),
  oldComment: z.string().nullable(),
  newComment: z.string().nullable(),
  /** A value the workbook holds that cannot be taken (not a number, part above its whole…): never applied. */
  problem: z.string().nullable(),
  warning: z.string().nullable(),
});
export type EntryCellDiff = z.infer<typeof entryCellDiff>;
export const entryInstitutionDiff = z.object({
  institutionId: z.number().int(),
  code: z.string(),
  name: z.string(),
  file: z.string(),
  state: rowState,
  /** Set when the return cannot be changed (approved): the reason, shown beside it. */
  locked: z.string().nullable(),
  cells: z.array(entryCellDiff),
});
export type EntryInstitutionDiff = z.infer<typeof entryInstitutionDiff>;
export const importEntryResult = z.object({
  /** Null when nothing was chosen or nothing could be read. */
  token: z.string().nullable(),
  year: z.number().int().nullable(),
  institutions: z.array(entryInstitutionDiff),
  rejected: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type ImportEntryResult = z.infer<typeof importEntryResult>;

export const applyEntryInput = z
  .object({
    token: z.string().min(8).max(100),
    accept: z
      .array(z.object({ institutionId: z.number().int().positive(), indicatorCodes: z.union([z.literal('all'), z.array(z.string().max(64)).max(200)]) }))
      .min(1)
      .max(5_000),
  })
  .strict();
export const applyEntryResult = assessmentEditsResult;
