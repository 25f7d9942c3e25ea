import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { institutions } from './institutions';

/** National targets of Decision 2222 and the province's own (often stricter) targets. */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    groupCode: text('group_code').notNull(),
    scope: text('scope').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    sourceDocument: text('source_document').notNull(),
    confidence: text('confidence'),
    // Attainment is computed from counts: numerator indicator summed over institutions / denominator indicator summed.
    numeratorIndicator: text('numerator_indicator'),
    denominatorIndicator: text('denominator_indicator'),
    nationalTargetCode: text('national_target_code'),
  },
  (t) => [
    check('targets_scope', sql`${t.scope} IN ('national', 'provincial')`),
    check('targets_kind', sql`${t.kind} IN ('percent', 'milestone')`),
  ],
);

/** A target's value for one year: the Decision's 2025 / 2030 values and the planner's trajectory between them. */
export const targetValues = sqliteTable(
  'target_values',
  {
    id: integer('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id),
    year: integer('year').notNull(),
    percent: real('percent'),
    milestone: text('milestone'),
    isTrajectory: integer('is_trajectory', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('target_values_target_year').on(t.targetId, t.year),
    check('target_values_percent', sql`${t.percent} IS NULL OR ${t.percent} BETWEEN 0 AND 100`),
    check('target_values_year', sql`${t.year} BETWEEN 2020 AND 2035`),
    check('target_values_trajectory_bool', sql`${t.isTrajectory} IN (0, 1)`),
  ],
);

/** Raw figures collected from each institution each year (counts or yes/no), from which attainment is computed. */
export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [check('indicators_unit', sql`${t.unit} IN ('count', 'yesno')`)],
);

/** The state of one institution's assessment for one year. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    year: integer('year').notNull(),
    state: text('state').notNull().default('draft'),
    reopenReason: text('reopen_reason'),
  },
  (t) => [
    uniqueIndex('assessments_institution_year').on(t.institutionId, t.year),
    check('assessments_state', sql`${t.state} IN ('draft', 'submitted', 'approved')`),
  ],
);

export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    id: integer('id').primaryKey(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    value: real('value'),
    comment: text('comment'),
  },
  (t) => [
    uniqueIndex('indicator_values_key').on(t.institutionId, t.indicatorId, t.year),
    index('indicator_values_year_idx').on(t.year, t.indicatorId),
    check('indicator_values_non_negative', sql`${t.value} IS NULL OR ${t.value} >= 0`),
  ],
);
