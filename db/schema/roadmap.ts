import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { keyTasks, projects } from './projects';
import { targets } from './targets';

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    owner: text('owner'),
    targetId: integer('target_id').references(() => targets.id),
    keyTaskId: integer('key_task_id').references(() => keyTasks.id),
    projectId: integer('project_id').references(() => projects.id),
    // Hand-set status; later derivation from targets and projects overrides it where it can.
    status: text('status'),
    // Why the planner set the status by hand (shown beside a derived status, kept when derivation cannot decide).
    statusNote: text('status_note'),
    notes: text('notes'),
  },
  (t) => [
    check('milestones_year', sql`${t.year} BETWEEN 2020 AND 2035`),
    check('milestones_quarter', sql`${t.quarter} IS NULL OR ${t.quarter} BETWEEN 1 AND 4`),
    check('milestones_status', sql`${t.status} IS NULL OR ${t.status} IN ('planned', 'on_track', 'at_risk', 'met', 'missed')`),
  ],
);

/** Conferences, workshops, media and training that the programme asks provinces to report. */
export const awarenessActivities = sqliteTable(
  'awareness_activities',
  {
    id: integer('id').primaryKey(),
    heldOn: text('held_on').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    audience: text('audience'),
    participants: integer('participants'),
  },
  (t) => [
    check('awareness_activities_kind', sql`${t.kind} IN ('conference', 'workshop', 'media', 'training')`),
    check('awareness_activities_participants', sql`${t.participants} IS NULL OR ${t.participants} >= 0`),
  ],
);

/**
 * A milestone moved to a later year because it was not finished, with the planner's reason. The milestone row holds
 * the current year; this table keeps where it was before, so the roadmap can show how often and why it slipped.
 */
export const milestoneRollovers = sqliteTable(
  'milestone_rollovers',
  {
    id: integer('id').primaryKey(),
    milestoneId: integer('milestone_id')
      .notNull()
      .references(() => milestones.id),
    fromYear: integer('from_year').notNull(),
    fromQuarter: integer('from_quarter'),
    toYear: integer('to_year').notNull(),
    toQuarter: integer('to_quarter'),
    reason: text('reason').notNull(),
    rolledOn: text('rolled_on').notNull(),
  },
  (t) => [
    check('milestone_rollovers_later', sql`${t.toYear} > ${t.fromYear}`),
    check('milestone_rollovers_reason', sql`length(trim(${t.reason})) > 0`),
  ],
);
