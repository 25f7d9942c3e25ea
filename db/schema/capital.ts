import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects } from './projects';
import { capitalSources } from './reference';

/** Five-year (medium-term) plan periods: 2021–2025, 2026–2030. */
export const planPeriods = sqliteTable(
  'plan_periods',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
  },
  (t) => [check('plan_periods_years', sql`${t.endYear} >= ${t.startYear}`)],
);

export const mediumTermAllocations = sqliteTable(
  'medium_term_allocations',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => planPeriods.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => capitalSources.id),
    amountDong: integer('amount_dong').notNull(),
  },
  (t) => [
    uniqueIndex('medium_term_allocations_key').on(t.projectId, t.periodId, t.sourceId),
    check('medium_term_allocations_amount', sql`${t.amountDong} >= 0`),
  ],
);

/** Annual capital per project × year × source: allocated (kế hoạch vốn giao), adjusted, disbursed; in đồng. */
export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => capitalSources.id),
    plannedDong: integer('planned_dong').notNull().default(0),
    adjustedDong: integer('adjusted_dong'),
    disbursedDong: integer('disbursed_dong').notNull().default(0),
    disbursedOn: text('disbursed_on'),
  },
  (t) => [
    uniqueIndex('allocations_key').on(t.projectId, t.year, t.sourceId),
    index('allocations_year_idx').on(t.year, t.sourceId),
    check('allocations_amounts', sql`${t.plannedDong} >= 0 AND coalesce(${t.adjustedDong}, 0) >= 0 AND ${t.disbursedDong} >= 0`),
    check('allocations_year', sql`${t.year} BETWEEN 2015 AND 2045`),
  ],
);
