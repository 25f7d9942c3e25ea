import { z } from 'zod';
import { assessmentYear, targetForYear } from './assessment';
import { isoDate } from './common';
import { gridQuery } from './grid';
import { institutionViewQuery } from './institutions';

// The overview dashboard and the target trajectories: read-only figures computed from the file in one call each.

const int = z.number().int();
const money = z.number();

/**
 * Readiness bands of an institution in a year (see electron/services/dashboard/readiness.ts for the definition):
 * none = no figure to judge by; low < 25 %; developing 25–< 50 %; advanced 50–< 75 %; ready ≥ 75 %.
 */
export const readinessBand = z.enum(['none', 'low', 'developing', 'advanced', 'ready']);
export type ReadinessBand = z.infer<typeof readinessBand>;

export const dashboardInput = z.object({ year: assessmentYear.optional() }).strict();

export const dashboardSummary = z.object({
  provinceName: z.string(),
  isSample: z.boolean(),
  /** The year the tiles and charts are about: the asked one, else the latest with assessment figures. */
  year: int,
  /** Years worth choosing: those with assessment figures or capital, oldest first. */
  years: z.array(int),
  latestAssessmentYear: int.nullable(),
  /** Today on the host clock: milestones are judged as of it. */
  asOf: isoDate,
  attainment: z.object({
    /** Targets whose attainment is computed from institutions' figures (one per national target, or province-only target). */
    measured: int,
    /** …of which measured in the year and with a target value for it; and of those, how many reach it. */
    withTarget: int,
    met: int,
    /** …of which with a 2030 value and a projection; and of those, how many are projected to reach it. */
    with2030: int,
    onTrack2030: int,
  }),
  completeness: z.object({
    institutions: int,
    /** Institutions with at least one figure for the year. */
    reported: int,
    /** Reported institutions that still leave an indicator empty. */
    withGaps: int,
    byState: z.object({ none: int, draft: int, submitted: int, approved: int }),
  }),
  capital: z.object({
    /** Σ approved projects' total investment by source (db/queries/funding-gap.ts: the need). */
    needDong: money,
    /** The part of the need that allocations cover (a source's surplus never covers another source). */
    coveredDong: money,
    gapDong: money,
    /** Years in which some need is left uncovered. */
    gapYears: z.array(int),
  }),
  disbursement: z.object({ allocatedDong: money, disbursedDong: money, percent: z.number().nullable() }),
  milestones: z.object({ total: int, atRisk: int, missed: int, onTrack: int, met: int, unjudged: int }),
  charts: z.object({
    attainmentByTarget: z.array(
      z.object({
        targetId: int,
        code: z.string(),
        nameVi: z.string(),
        nameEn: z.string(),
        percent: z.number().nullable(),
        target: z.number().nullable(),
        target2030: z.number().nullable(),
        projected2030: z.number().nullable(),
      }),
    ),
    readiness: z.object({ institutions: int, components: int, bands: z.array(z.object({ band: readinessBand, count: int })) }),
    capitalBySourceYear: z.object({
      years: z.array(int),
      sources: z.array(z.string()),
      cells: z.array(z.object({ year: int, sourceCode: z.string(), allocatedDong: money, disbursedDong: money })),
    }),
    gapByYear: z.array(z.object({ year: int, gapDong: money })),
  }),
});
export type DashboardSummary = z.infer<typeof dashboardSummary>;

// ——— Target trajectories ———

export const trajectoriesInput = z.object({ approvedOnly: z.boolean().default(false) }).strict();

const targetRef = z.object({ targetId: int, code: z.string() });

export const trajectoryPoint = z.object({
  year: int,
  /** The province's attainment (Σ numerator / Σ denominator), percent. */
  actual: z.number().nullable(),
  national: z.number().nullable(),
  nationalSource: targetForYear.shape.source,
  provincial: z.number().nullable(),
  provincialSource: targetForYear.shape.source,
  /** The trend line from the last actual year on (electron/services/targets/projection.ts). */
  projected: z.number().nullable(),
});

export const trajectory = z.object({
  /** The target the attainment is measured by: the province's own where it has one, else the national. */
  targetId: int,
  code: z.string(),
  groupCode: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  national: targetRef.nullable(),
  provincial: targetRef.nullable(),
  points: z.array(trajectoryPoint),
  projection: z.object({
    value: z.number().nullable(),
    method: z.enum(['linear', 'carried', 'none']),
    slopePerYear: z.number().nullable(),
    basisYears: z.array(int),
  }),
  /** The 2030 value the province answers for: its own target's where set, else the nation's. */
  target2030: z.object({ percent: z.number().nullable(), scope: z.enum(['national', 'provincial']).nullable() }),
  /** Null when there is nothing to compare (no projection or no 2030 value). */
  flag: z.object({ misses: z.boolean(), shortBy: z.number() }).nullable(),
});
export type Trajectory = z.infer<typeof trajectory>;

export const trajectories = z.object({
  fromYear: int,
  toYear: int,
  approvedOnly: z.boolean(),
  targets: z.array(trajectory),
  /** Targets without a trajectory, and why: milestone kind, or no formula to compute them from figures. */
  unmeasured: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), reason: z.enum(['milestone', 'no-formula', 'bad-formula']) })),
});
export type Trajectories = z.infer<typeof trajectories>;

// ——— Institutions of a readiness band (the drill-down of the readiness chart) ———

const bandOfYear = { readinessYear: assessmentYear, readiness: readinessBand };
export const readinessListInput = gridQuery.extend(bandOfYear).strict();
export const readinessViewInput = institutionViewQuery.extend(bandOfYear).strict();
