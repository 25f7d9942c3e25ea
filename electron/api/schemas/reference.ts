import { z } from 'zod';

const item = z.object({ id: z.number().int(), code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const referenceData = z.object({
  institutionTypes: z.array(item.extend({ validFrom: z.string().nullable() })),
  ownershipKinds: z.array(item),
  capitalSources: z.array(item.extend({ isPublicInvestment: z.boolean() })),
  lifecycleStages: z.array(item.extend({ isOffPath: z.boolean() })),
  targetGroups: z.array(item),
  taskGroups: z.array(item),
  indicators: z.array(item.extend({ unit: z.enum(['count', 'yesno']) })),
  investmentLaws: z.array(item.extend({ effectiveFrom: z.string(), effectiveTo: z.string().nullable() })),
  projectGroupThresholds: z.array(
    z.object({
      lawCode: z.string(),
      groupCode: z.enum(['A', 'B', 'C']),
      minDong: z.number().nullable(),
      maxDong: z.number().nullable(),
      confirmed: z.boolean(),
    }),
  ),
});
export type ReferenceData = z.infer<typeof referenceData>;
