import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { documentContents } from './projects';

/**
 * The province's annual evaluation sent to the ministry, one per year. Approval locks that year's data: triggers in
 * migration 0003 refuse any write to the year's assessments, indicator values, allocations, milestones and awareness
 * activities while the year's submission is approved, so no path (grid, import, undo, a future bug) can change what
 * was approved. Reopening (with a reason) lifts the lock.
 */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey(),
    year: integer('year').notNull().unique(),
    state: text('state').notNull().default('draft'),
    // The number part of "Số: 15/BC-SGDĐT"; the code part comes from the province profile.
    documentNumber: text('document_number').notNull().default(''),
    documentDate: text('document_date'),
    subject: text('subject').notNull().default(''),
    // "Nơi nhận": one recipient per line.
    recipients: text('recipients').notNull().default(''),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
    reopenReason: text('reopen_reason'),
    reopenedAt: text('reopened_at'),
  },
  (t) => [
    check('submissions_state', sql`${t.state} IN ('draft', 'reviewed', 'approved')`),
    check('submissions_year', sql`${t.year} BETWEEN 2020 AND 2035`),
  ],
);

/** The narrative, section by section: prefilled from the data, then edited by the planner. */
export const submissionSections = sqliteTable(
  'submission_sections',
  {
    id: integer('id').primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id),
    key: text('key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('submission_sections_key').on(t.submissionId, t.key),
    check('submission_sections_key_check', sql`${t.key} IN ('situation', 'results', 'projects', 'difficulties', 'proposals')`),
  ],
);

/**
 * What was exported and sent: frozen. Rows here are append-only (triggers refuse UPDATE and DELETE) and not part of
 * undo: an export is a fact about files that left the office, not an edit. The data snapshot and every file's bytes
 * live in document_contents, addressed by SHA-256, so any past export can be written out again byte for byte.
 */
export const submissionExports = sqliteTable(
  'submission_exports',
  {
    id: integer('id').primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id),
    year: integer('year').notNull(),
    exportedAt: text('exported_at').notNull(),
    exportedBy: text('exported_by').notNull(),
    // The submission's state when exported: a draft export is a preview, an approved one is what was sent.
    state: text('state').notNull(),
    snapshotSha256: text('snapshot_sha256')
      .notNull()
      .references(() => documentContents.sha256),
    packageFormatVersion: integer('package_format_version').notNull(),
  },
  (t) => [
    index('submission_exports_year_idx').on(t.year),
    check('submission_exports_state', sql`${t.state} IN ('draft', 'reviewed', 'approved')`),
  ],
);

export const submissionExportFiles = sqliteTable(
  'submission_export_files',
  {
    id: integer('id').primaryKey(),
    exportId: integer('export_id')
      .notNull()
      .references(() => submissionExports.id),
    role: text('role').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => documentContents.sha256),
    sizeBytes: integer('size_bytes').notNull(),
  },
  (t) => [
    uniqueIndex('submission_export_files_role').on(t.exportId, t.role),
    check('submission_export_files_role_check', sql`${t.role} IN ('report_docx', 'report_pdf', 'appendix_xlsx', 'data_package')`),
  ],
);
