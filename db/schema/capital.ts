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
    // The matrix and the funding gap read a project's capital source by source.
    index('allocations_project_source_idx').on(t.projectId, t.sourceId, t.year),
    check('allocations_amounts', sql`${t.plannedDong} >= 0 AND coalesce(${t.adjustedDong}, 0) >= 0 AND ${t.disbursedDong} >= 0`),
    check('allocations_year', sql`${t.year} BETWEEN 2015 AND 2045`),
  ],
);

// Plan versions: a named, frozen copy of every annual and medium-term figure at one moment. The copy is immutable
// content, like document bytes: written once per distinct content (keyed by its SHA-256), never updated, and not
// audited row by row (100,000 allocation rows would mean 700,000 audit rows per freeze). The version itself, a
// name pointing at a snapshot, is an ordinary audited row: undo of "freeze" removes the name, redo restores it.
// Snapshot rows keep codes and names as they were, without foreign keys, so a later rename or removal of a
// project or source never changes or blocks what a version shows.

export const planSnapshots = sqliteTable(
  'plan_snapshots',
  {
    id: integer('id').primaryKey(),
    sha256: text('sha256').notNull().unique(),
    allocationRows: integer('allocation_rows').notNull(),
    mediumTermRows: integer('medium_term_rows').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [check('plan_snapshots_sha256', sql`length(${t.sha256}) = 64`)],
);

export const planSnapshotProjects = sqliteTable(
  'plan_snapshot_projects',
  {
    id: integer('id').primaryKey(),
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => planSnapshots.id),
    projectId: integer('project_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('plan_snapshot_projects_key').on(t.snapshotId, t.projectId)],
);

export const planSnapshotAllocations = sqliteTable(
  'plan_snapshot_allocations',
  {
    id: integer('id').primaryKey(),
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => planSnapshots.id),
    projectId: integer('project_id').notNull(),
    sourceCode: text('source_code').notNull(),
    year: integer('year').notNull(),
    plannedDong: integer('planned_dong').notNull(),
    adjustedDong: integer('adjusted_dong'),
    disbursedDong: integer('disbursed_dong').notNull(),
  },
  (t) => [uniqueIndex('plan_snapshot_allocations_key').on(t.snapshotId, t.projectId, t.sourceCode, t.year)],
);

export const planSnapshotMediumTerms = sqliteTable(
  'plan_snapshot_medium_terms',
  {
    id: integer('id').primaryKey(),
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => planSnapshots.id),
    projectId: integer('project_id').notNull(),
    sourceCode: text('source_code').notNull(),
    periodCode: text('period_code').notNull(),
    amountDong: integer('amount_dong').notNull(),
  },
  (t) => [uniqueIndex('plan_snapshot_medium_terms_key').on(t.snapshotId, t.projectId, t.sourceCode, t.periodCode)],
);

/** A named plan version ("as proposed", "as approved by the People's Council", "mid-year adjustment", …). */
export const planVersions = sqliteTable(
  'plan_versions',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    note: text('note'),
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => planSnapshots.id),
    frozenAt: text('frozen_at').notNull(),
    frozenBy: text('frozen_by').notNull(),
  },
  (t) => [uniqueIndex('plan_versions_name').on(t.name), check('plan_versions_name_length', sql`length(trim(${t.name})) BETWEEN 1 AND 120`)],
);
