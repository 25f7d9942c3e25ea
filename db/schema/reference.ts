import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Reference lists are data, not enums: the 2026 VET law added "trung học nghề", and the next reform will add more.
// Each list has a stable `code` that other tables and the shipped reference files use.

export const institutionTypes = sqliteTable('institution_types', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
});

export const ownershipKinds = sqliteTable('ownership_kinds', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const capitalSources = sqliteTable(
  'capital_sources',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    // XHH (socialised contributions) lies outside public investment; the plan tables list it apart.
    isPublicInvestment: integer('is_public_investment', { mode: 'boolean' }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [check('capital_sources_public_bool', sql`${t.isPublicInvestment} IN (0, 1)`)],
);

export const lifecycleStages = sqliteTable(
  'lifecycle_stages',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
    // Suspended and cancelled sit outside the forward path.
    isOffPath: integer('is_off_path', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [check('lifecycle_stages_off_path_bool', sql`${t.isOffPath} IN (0, 1)`)],
);

export const investmentLaws = sqliteTable('investment_laws', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  effectiveFrom: text('effective_from').notNull(),
  effectiveTo: text('effective_to'),
});

/** Project-group bands (A/B/C) per law for the education / IT field, in đồng; min inclusive, max exclusive. */
export const projectGroupThresholds = sqliteTable(
  'project_group_thresholds',
  {
    id: integer('id').primaryKey(),
    lawCode: text('law_code')
      .notNull()
      .references(() => investmentLaws.code),
    groupCode: text('group_code').notNull(),
    minDong: integer('min_dong'),
    maxDong: integer('max_dong'),
    confirmed: integer('confirmed', { mode: 'boolean' }).notNull(),
    note: text('note'),
  },
  (t) => [
    check('project_group_thresholds_group', sql`${t.groupCode} IN ('A', 'B', 'C')`),
    check('project_group_thresholds_confirmed_bool', sql`${t.confirmed} IN (0, 1)`),
  ],
);

/** Groups a–d of the Decision's basic targets. */
export const targetGroups = sqliteTable('target_groups', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  note: text('note'),
});

/** Section II task groups (II.1 … II.6) that projects and key tasks serve. */
export const taskGroups = sqliteTable('task_groups', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});
