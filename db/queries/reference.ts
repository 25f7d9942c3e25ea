import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import * as s from '../schema';

export function getReferenceData(db: Db) {
  return {
    institutionTypes: db.select().from(s.institutionTypes).orderBy(asc(s.institutionTypes.sortOrder)).all(),
    ownershipKinds: db.select().from(s.ownershipKinds).orderBy(asc(s.ownershipKinds.sortOrder)).all(),
    capitalSources: db.select().from(s.capitalSources).orderBy(asc(s.capitalSources.sortOrder)).all(),
    lifecycleStages: db.select().from(s.lifecycleStages).orderBy(asc(s.lifecycleStages.sortOrder)).all(),
    targetGroups: db.select().from(s.targetGroups).orderBy(asc(s.targetGroups.code)).all(),
    taskGroups: db.select().from(s.taskGroups).orderBy(asc(s.taskGroups.code)).all(),
    indicators: db.select().from(s.indicators).orderBy(asc(s.indicators.sortOrder)).all(),
    investmentLaws: db.select().from(s.investmentLaws).orderBy(asc(s.investmentLaws.effectiveFrom)).all(),
    projectGroupThresholds: db.select().from(s.projectGroupThresholds).orderBy(asc(s.projectGroupThresholds.id)).all(),
  };
}
