import { z } from 'zod';
import { id, isoDate, pageOf, year } from './common';
import { applyEditsInput, gridQuery } from './grid';

// Capital plans: the annual matrix (project × source rows, year columns) of one measure, medium-term plans,
// plan versions and their comparison, the checks, chart data, and the investment-plan workbook. Money is integer
// đồng on the wire; the page shows triệu đồng.

/**
 * planned = kế hoạch vốn giao (the capital assigned); adjusted = the figure after adjustment (empty = none);
 * allocated = adjusted where adjusted, else planned (read-only: what every check counts); disbursed = giải ngân;
 * disbursedOn = the date of the latest disbursement.
 */
export const capitalMeasure = z.enum(['planned', 'adjusted', 'allocated', 'disbursed', 'disbursedOn']);
export type CapitalMeasure = z.infer<typeof capitalMeasure>;

/** The fields `filters` may name in the matrix and medium-term grids; gapYear keeps the rows with a funding gap that year. */
export const matrixFilterFields = ['projectId', 'sourceCode', 'taskGroupCode', 'stageCode', 'gapYear'] as const;

const yearRange = { fromYear: year, toYear: year };

export const matrixQuery = gridQuery.extend({ measure: capitalMeasure, ...yearRange });
export const matrixViewQuery = matrixQuery.omit({ offset: true, limit: true });

export const matrixRow = z.object({
  /** projectId × 1000 + sourceId: one row per project and source, stable across pages and reloads. */
  id: z.number().int(),
  projectId: z.number().int(),
  projectCode: z.string(),
  projectName: z.string(),
  stageCode: z.string(),
  sourceCode: z.string(),
  /** The source's share of the project's total investment (0 when the project does not use the source). */
  fundingDong: z.number(),
  /** `y2026` → amount in đồng, or ISO date for disbursedOn; null where nothing is recorded. */
  cells: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  /** Sum of the shown years (amount measures). */
  total: z.number(),
  /** The funding gap of this project and source over all its years (see db/queries/funding-gap.ts). */
  gapDong: z.number(),
  /** field → warning on that cell (over share, source not used, year outside the project…). */
  warnings: z.record(z.string(), z.string()),
  /** Why the row cannot be edited (a cancelled project), or null. */
  locked: z.string().nullable(),
  /** field → why that cell cannot be edited (its year is approved in the submission to the ministry). */
  cellLocks: z.record(z.string(), z.string()),
});
export type MatrixRow = z.infer<typeof matrixRow>;
export const matrixPage = pageOf(matrixRow).extend({ years: z.array(z.number().int()) });

/** Per year column and the row total, over the whole filtered view. */
export const matrixTotals = z.record(z.string(), z.number());

export const sourceTotalsInput = z.object({ measure: capitalMeasure, ...yearRange }).strict();
export const sourceTotalRow = z.object({ sourceCode: z.string(), cells: z.record(z.string(), z.number()), total: z.number() });
export const sourceTotals = z.object({ years: z.array(z.number().int()), rows: z.array(sourceTotalRow), totals: sourceTotalRow });

export const matrixEditsInput = applyEditsInput.extend({ measure: capitalMeasure });

export const mediumTermRow = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectCode: z.string(),
  projectName: z.string(),
  stageCode: z.string(),
  sourceCode: z.string(),
  fundingDong: z.number(),
  /** `m2021_2025` → medium-term amount; `a2021_2025` → annual allocations in that period (read-only). */
  cells: z.record(z.string(), z.number().nullable()),
  warnings: z.record(z.string(), z.string()),
  locked: z.string().nullable(),
});
export const mediumTermPage = pageOf(mediumTermRow).extend({ periods: z.array(z.object({ code: z.string(), startYear: z.number(), endYear: z.number() })) });

export const checkKind = z.enum([
  'overTotal',
  'overSource',
  'sourceNotUsed',
  'overMediumTerm',
  'mediumTermOverSource',
  'cancelledAllocation',
  'yearOutsideProject',
  'fundingGap',
  'paceBehind',
  'priority',
  'legalBasis',
]);
export type CheckKind = z.infer<typeof checkKind>;

export const checkIssue = z.object({
  kind: checkKind,
  severity: z.enum(['error', 'warning', 'info']),
  projectId: z.number().int(),
  projectCode: z.string(),
  projectName: z.string(),
  sourceCode: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The figure at fault (allocated, gap, disbursed…), in đồng. */
  amountDong: z.number().nullable(),
  /** What it is measured against (the share, the expected disbursement…), in đồng. */
  referenceDong: z.number().nullable(),
  /** Other projects the issue names (the higher-priority projects left short). */
  related: z.array(z.string()),
  message: z.string(),
});
export type CheckIssue = z.infer<typeof checkIssue>;

export const checksInput = z.object({ year: year.optional(), asOf: isoDate.optional() }).strict();
export const checksResult = z.object({
  year: z.number().int(),
  asOf: z.string(),
  /** Share of the year's allocation expected disbursed by asOf (whole months elapsed ÷ 12). */
  expectedPaceShare: z.number(),
  issues: z.array(checkIssue),
  counts: z.record(z.string(), z.number().int()),
});

export const fundingGapInput = z
  .object({
    ...yearRange,
    /** false: the totals per year and source only (the summary above the matrix), not the project list. */
    withProjects: z.boolean(),
  })
  .partial()
  .strict();
export const fundingGapResult = z.object({
  byYearSource: z.array(z.object({ year: z.number().int(), sourceCode: z.string(), gapDong: z.number() })),
  projects: z.array(
    z.object({
      projectId: z.number().int(),
      projectCode: z.string(),
      projectName: z.string(),
      stageCode: z.string(),
      sourceCode: z.string(),
      needDong: z.number(),
      allocatedDong: z.number(),
      gapDong: z.number(),
      byYear: z.record(z.string(), z.number()),
    }),
  ),
  totalDong: z.number(),
});

export const chartsInput = z.object({ ...yearRange }).strict();
export const chartsResult = z.object({
  years: z.array(z.number().int()),
  bySourceYear: z.array(z.object({ year: z.number().int(), sourceCode: z.string(), plannedDong: z.number(), allocatedDong: z.number(), disbursedDong: z.number() })),
  gapByYear: z.array(z.object({ year: z.number().int(), gapDong: z.number() })),
  treemap: z.array(
    z.object({
      taskGroupCode: z.string().nullable(),
      projects: z.array(z.object({ projectId: z.number().int(), code: z.string(), name: z.string(), allocatedDong: z.number() })),
    }),
  ),
});

export const planVersionRow = z.object({
  id: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  frozenAt: z.string(),
  frozenBy: z.string(),
  allocationRows: z.number().int(),
  mediumTermRows: z.number().int(),
  allocatedDong: z.number(),
});
export type PlanVersionRow = z.infer<typeof planVersionRow>;

export const freezeVersionInput = z.object({ name: z.string().trim().min(1).max(120), note: z.string().max(1000).nullable().optional() }).strict();
export const frozenVersion = z.object({ version: planVersionRow, changeSetId: z.number().int().nullable(), reusedSnapshot: z.boolean() });

/** What two versions are compared on; mediumTerm compares the five-year plans by period. */
export const compareMeasure = z.enum(['planned', 'adjusted', 'allocated', 'disbursed', 'mediumTerm']);
export const compareInput = z
  .object({
    /** A version id, or null for the working figures as they are now. */
    a: id.nullable(),
    b: id.nullable(),
    measure: compareMeasure.default('allocated'),
    fromYear: year.optional(),
    toYear: year.optional(),
    onlyDifferences: z.boolean().default(false),
  })
  .strict();
const pair = { aDong: z.number(), bDong: z.number(), diffDong: z.number() };
export const compareResult = z.object({
  /** Years (or period codes for mediumTerm) in the comparison, in order. */
  columns: z.array(z.string()),
  byProject: z.array(
    z.object({
      projectId: z.number().int(),
      projectCode: z.string(),
      projectName: z.string(),
      sourceCode: z.string(),
      ...pair,
      /** column → [a, b] where they differ. */
      changed: z.record(z.string(), z.tuple([z.number(), z.number()])),
    }),
  ),
  bySource: z.array(z.object({ sourceCode: z.string(), ...pair })),
  total: z.object(pair),
});
export type CompareResult = z.infer<typeof compareResult>;

export const exportPlanInput = z.object({ year }).strict();
