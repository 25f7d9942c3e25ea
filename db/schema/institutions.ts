import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { institutionTypes, ownershipKinds } from './reference';

export const institutions = sqliteTable(
  'institutions',
  {
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    typeId: integer('type_id')
      .notNull()
      .references(() => institutionTypes.id),
    ownershipId: integer('ownership_id')
      .notNull()
      .references(() => ownershipKinds.id),
    commune: text('commune'),
    address: text('address'),
    // Institutions are never deleted: merged / dissolved ones keep their history and roll up into their successor.
    status: text('status').notNull().default('active'),
    successorId: integer('successor_id').references((): AnySQLiteColumn => institutions.id),
    statusChangedOn: text('status_changed_on'),
    foundedYear: integer('founded_year'),
    teachers: integer('teachers'),
    managers: integer('managers'),
    learners: integer('learners'),
    contact: text('contact'),
    notes: text('notes'),
    // Data recorded under a predecessor province (2021–2025) keeps its origin.
    originProvince: text('origin_province'),
  },
  (t) => [
    check('institutions_status', sql`${t.status} IN ('active', 'merged', 'split', 'dissolved')`),
    check('institutions_counts', sql`coalesce(${t.teachers}, 0) >= 0 AND coalesce(${t.managers}, 0) >= 0 AND coalesce(${t.learners}, 0) >= 0`),
    check('institutions_founded_year', sql`${t.foundedYear} IS NULL OR ${t.foundedYear} BETWEEN 1900 AND 2100`),
    index('institutions_type_idx').on(t.typeId),
    index('institutions_successor_idx').on(t.successorId),
  ],
);

/** Governing body (cơ quan chủ quản) over time: the 2025 reorganisation moved many institutions. */
export const institutionGovernance = sqliteTable(
  'institution_governance',
  {
    id: integer('id').primaryKey(),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    governingBody: text('governing_body').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
  },
  (t) => [
    check('institution_governance_dates', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
    index('institution_governance_institution_idx').on(t.institutionId),
  ],
);

/**
 * Merge, split, rename and dissolve as recorded events: the institutions involved keep their rows (nothing is
 * deleted) and the links say which were sources and which results, so past values roll up into successors.
 */
export const institutionEvents = sqliteTable(
  'institution_events',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    occurredOn: text('occurred_on').notNull(),
    legalBasis: text('legal_basis'),
    oldName: text('old_name'),
    newName: text('new_name'),
    note: text('note'),
  },
  (t) => [check('institution_events_kind', sql`${t.kind} IN ('merge', 'split', 'rename', 'dissolve')`)],
);

export const institutionEventLinks = sqliteTable(
  'institution_event_links',
  {
    id: integer('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => institutionEvents.id),
    institutionId: integer('institution_id')
      .notNull()
      .references(() => institutions.id),
    role: text('role').notNull(),
  },
  (t) => [
    check('institution_event_links_role', sql`${t.role} IN ('source', 'result')`),
    index('institution_event_links_institution_idx').on(t.institutionId),
  ],
);
