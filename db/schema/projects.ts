import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { capitalSources, lifecycleStages, taskGroups } from './reference';

/** Key tasks the province enters itself: the Decision's appendix could not be confirmed, so none ship. */
export const keyTasks = sqliteTable('key_tasks', {
  id: integer('id').primaryKey(),
  stt: text('stt').notNull(),
  name: text('name').notNull(),
  leadAgency: text('lead_agency'),
  coordinatingAgencies: text('coordinating_agencies'),
  period: text('period'),
  output: text('output'),
  taskGroupId: integer('task_group_id').references(() => taskGroups.id),
});

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    investor: text('investor').notNull(),
    location: text('location'),
    hasConstruction: integer('has_construction', { mode: 'boolean' }).notNull().default(false),
    taskGroupId: integer('task_group_id').references(() => taskGroups.id),
    stageId: integer('stage_id')
      .notNull()
      .references(() => lifecycleStages.id),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    outputs: text('outputs'),
    notes: text('notes'),
  },
  (t) => [
    check('projects_years', sql`${t.startYear} BETWEEN 2015 AND 2040 AND ${t.endYear} >= ${t.startYear} AND ${t.endYear} <= 2045`),
    check('projects_construction_bool', sql`${t.hasConstruction} IN (0, 1)`),
    index('projects_stage_idx').on(t.stageId),
  ],
);

export const projectKeyTasks = sqliteTable(
  'project_key_tasks',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    keyTaskId: integer('key_task_id')
      .notNull()
      .references(() => keyTasks.id),
  },
  (t) => [uniqueIndex('project_key_tasks_pair').on(t.projectId, t.keyTaskId)],
);

/** Each lifecycle step with its legal basis; a step without one is a warning, never a block. */
export const projectStageEvents = sqliteTable(
  'project_stage_events',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    stageId: integer('stage_id')
      .notNull()
      .references(() => lifecycleStages.id),
    decisionNumber: text('decision_number'),
    decisionDate: text('decision_date'),
    issuingBody: text('issuing_body'),
    note: text('note'),
  },
  (t) => [index('project_stage_events_project_idx').on(t.projectId)],
);

/** Total investment of a project broken down by capital source, in đồng. */
export const projectFunding = sqliteTable(
  'project_funding',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => capitalSources.id),
    amountDong: integer('amount_dong').notNull(),
  },
  (t) => [
    uniqueIndex('project_funding_pair').on(t.projectId, t.sourceId),
    check('project_funding_amount', sql`${t.amountDong} >= 0`),
  ],
);
