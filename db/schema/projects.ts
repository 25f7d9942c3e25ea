import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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

/**
 * Bytes of attached documents, addressed by their SHA-256 and never updated or deleted. Audit rows are JSON text:
 * a 20 MB scan in them would bloat the trail and every undo. So the bytes live here, written once (the same
 * document attached twice is stored once), and the audited project_documents row carries only the reference.
 * Undoing an attachment removes the reference; the bytes stay, so redo can put the reference back.
 */
export const documentContents = sqliteTable(
  'document_contents',
  {
    id: integer('id').primaryKey(),
    sha256: text('sha256').notNull().unique(),
    sizeBytes: integer('size_bytes').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    check('document_contents_sha256', sql`length(${t.sha256}) = 64`),
    check('document_contents_size', sql`${t.sizeBytes} = length(${t.bytes})`),
  ],
);

/** A document attached to a project, optionally to one of its lifecycle steps (the decision it records). */
export const projectDocuments = sqliteTable(
  'project_documents',
  {
    id: integer('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    stageEventId: integer('stage_event_id').references(() => projectStageEvents.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => documentContents.sha256),
    addedAt: text('added_at').notNull(),
    note: text('note'),
  },
  (t) => [
    index('project_documents_project_idx').on(t.projectId),
    check('project_documents_size', sql`${t.sizeBytes} >= 0`),
  ],
);
