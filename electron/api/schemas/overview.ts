import { z } from 'zod';

const countBy = z.array(z.object({ code: z.string(), count: z.number().int() }));

export const overviewSummary = z.object({
  provinceName: z.string(),
  isSample: z.boolean(),
  institutions: z.object({ total: z.number().int(), active: z.number().int(), byType: countBy, byOwnership: countBy }),
  projects: z.object({ total: z.number().int(), byStage: countBy, totalInvestmentDong: z.number() }),
  capitalByYear: z.array(
    z.object({ year: z.number().int(), plannedDong: z.number(), disbursedDong: z.number() }),
  ),
  assessmentYears: z.array(z.object({ year: z.number().int(), institutions: z.number().int(), values: z.number().int() })),
  milestones: z.object({ total: z.number().int(), byStatus: countBy }),
  awarenessActivities: z.number().int(),
  recordedChanges: z.number().int(),
});
export type OverviewSummary = z.infer<typeof overviewSummary>;
