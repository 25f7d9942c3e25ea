import { z } from 'zod';

// The ministry's side of the annual submission: provinces' data packages are verified, taken into the open file and
// rolled up nationally. The page never sends a path: previewPackages asks the host's dialog, the service keeps the
// verified packages in memory under an opaque token, and importPackages names the token.

/** Why a package was refused; the message says it in full, naming the file. */
export const packageRejectionReasons = [
  'not_zip',
  'too_large',
  'no_manifest',
  'bad_manifest',
  'too_new',
  'hash_mismatch',
  'missing_file',
  'extra_file',
  'bad_data',
  'inconsistent',
  'duplicate',
] as const;
export const packageRejectionReason = z.enum(packageRejectionReasons);
export type PackageRejectionReason = z.infer<typeof packageRejectionReason>;

/** A UUID the page makes up, as for every job (jobs.cancel accepts only those). */
const jobId = z.string().uuid();
const token = z.string().min(8).max(64);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const consolidationYear = z.number().int().min(2020).max(2035);

/** One chosen file after verification: what it is when it passed, why not when it did not. */
export const packageCheck = z.object({
  /** Position in the chosen list; importPackages may name a subset by these. */
  index: z.number().int().min(0),
  fileName: z.string(),
  sizeBytes: z.number().int().min(0),
  ok: z.boolean(),
  reason: packageRejectionReason.nullable(),
  message: z.string().nullable(),
  sha256: sha256.nullable(),
  provinceName: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The 34-unit province it rolls up into (Resolution 202/2025/QH15). */
  rollsUpTo: z.string().nullable(),
  predecessors: z.array(z.string()),
  institutions: z.number().int().nullable(),
  projects: z.number().int().nullable(),
  createdAt: z.string().nullable(),
});
export type PackageCheck = z.infer<typeof packageCheck>;

export const previewPackagesInput = z.object({ jobId }).strict();
export const packagePreview = z.object({
  /** null when the dialog was cancelled. */
  token: token.nullable(),
  files: z.array(packageCheck),
});
export type PackagePreview = z.infer<typeof packagePreview>;

export const importPackagesInput = z
  .object({
    token,
    /** Which verified files to import (by index); all verified ones when omitted. */
    indexes: z.array(z.number().int().min(0).max(9_999)).max(10_000).optional(),
  })
  .strict();
export const importPackagesResult = z.object({
  imported: z.array(z.object({ id: z.number().int(), fileName: z.string(), provinceName: z.string(), year: z.number().int(), rollsUpTo: z.string() })),
  /** Files that passed the preview but were refused now (e.g. another import took the same province and year). */
  rejected: z.array(z.object({ index: z.number().int(), fileName: z.string(), reason: packageRejectionReason, message: z.string() })),
  changeSetId: z.number().int().nullable(),
});
export type ImportPackagesResult = z.infer<typeof importPackagesResult>;

export const consolidationPackage = z.object({
  id: z.number().int(),
  fileName: z.string(),
  provinceName: z.string(),
  year: z.number().int(),
  rollsUpTo: z.string(),
  /** True when the province is one of the 34 units or a predecessor of one; false for a name the list does not know. */
  known: z.boolean(),
  sha256,
  sizeBytes: z.number().int(),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  importedAt: z.string(),
});
export type ConsolidationPackage = z.infer<typeof consolidationPackage>;

export const consolidationListInput = z.object({ year: consolidationYear.optional() }).strict();
export const consolidationList = z.object({
  packages: z.array(consolidationPackage),
  /** Years that have at least one package, newest first: the roll-up's year choices. */
  years: z.array(z.number().int()),
});

export const removePackageInput = z.object({ id: z.number().int().positive() }).strict();

export const rollupInput = z.object({ year: consolidationYear }).strict();

const money = z.number();
export const provinceRollupRow = z.object({
  unit: z.string(),
  kind: z.enum(['province', 'city', 'unknown']),
  /** Province names of the packages summed here ("Hà Giang 2024" under Tuyên Quang). */
  packages: z.array(z.string()),
  institutionsActive: z.number(),
  institutionsAssessed: z.number(),
  institutionsApproved: z.number(),
  projects: z.number(),
  plannedThisYearDong: money,
  disbursedThisYearDong: money,
  /** Σ disbursed / Σ planned of the packages, in percent; null when nothing was planned. */
  disbursementRate: z.number().nullable(),
  fundingGapDong: money,
  participants: z.number(),
});
export type ProvinceRollupRow = z.infer<typeof provinceRollupRow>;

export const targetRollupRow = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  /** Σ numerators / Σ denominators × 100, never an average of the provinces' percentages. */
  attainment: z.number().nullable(),
  /** The file's national target value for the year, when it has one. */
  target: z.number().nullable(),
  provincesReporting: z.number().int(),
  institutionsCounted: z.number(),
  /** The same ratio per 34-unit province, for the chart. */
  byUnit: z.array(z.object({ unit: z.string(), numerator: z.number(), denominator: z.number(), attainment: z.number().nullable() })),
});
export type TargetRollupRow = z.infer<typeof targetRollupRow>;

export const rollup = z.object({
  year: z.number().int(),
  packageCount: z.number().int(),
  /** Units of the 34 that sent nothing for the year. */
  missingUnits: z.array(z.string()),
  byProvince: z.array(provinceRollupRow),
  byTarget: z.array(targetRollupRow),
  capitalBySourceAndYear: z.array(
    z.object({ sourceCode: z.string(), sourceName: z.string(), year: z.number().int(), plannedDong: money, adjustedDong: money, disbursedDong: money }),
  ),
  institutionsByType: z.array(z.object({ typeCode: z.string(), typeName: z.string(), count: z.number() })),
  totals: provinceRollupRow.omit({ unit: true, kind: true, packages: true }),
  /** Things a reader should know (a merged province and one of its predecessors both sent the same year). */
  warnings: z.array(z.string()),
});
export type Rollup = z.infer<typeof rollup>;

export const exportSummaryInput = z.object({ year: consolidationYear, jobId: jobId.optional() }).strict();
export const exportSummaryResult = z.object({ file: z.string().nullable() });
