CREATE TABLE `consolidation_packages` (
	`id` integer PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`province_name` text NOT NULL,
	`province_key` text NOT NULL,
	`rolls_up_to` text NOT NULL,
	`year` integer NOT NULL,
	`format_version` integer NOT NULL,
	`created_at` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`sha256`) REFERENCES `document_contents`(`sha256`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "consolidation_packages_year" CHECK("consolidation_packages"."year" BETWEEN 2020 AND 2035)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `consolidation_packages_sha256_unique` ON `consolidation_packages` (`sha256`);--> statement-breakpoint
CREATE UNIQUE INDEX `consolidation_packages_province_year` ON `consolidation_packages` (`province_key`,`year`);--> statement-breakpoint
CREATE TABLE `package_figures` (
	`package_sha256` text NOT NULL,
	`figure` text NOT NULL,
	`key` text NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`package_sha256`, `figure`, `key`, `year`)
) STRICT;
--> statement-breakpoint
CREATE INDEX `package_figures_figure_idx` ON `package_figures` (`figure`,`year`);--> statement-breakpoint
CREATE TABLE `milestone_rollovers` (
	`id` integer PRIMARY KEY NOT NULL,
	`milestone_id` integer NOT NULL,
	`from_year` integer NOT NULL,
	`from_quarter` integer,
	`to_year` integer NOT NULL,
	`to_quarter` integer,
	`reason` text NOT NULL,
	`rolled_on` text NOT NULL,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "milestone_rollovers_later" CHECK("milestone_rollovers"."to_year" > "milestone_rollovers"."from_year"),
	CONSTRAINT "milestone_rollovers_reason" CHECK(length(trim("milestone_rollovers"."reason")) > 0)
) STRICT;
--> statement-breakpoint
CREATE TABLE `submission_export_files` (
	`id` integer PRIMARY KEY NOT NULL,
	`export_id` integer NOT NULL,
	`role` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	FOREIGN KEY (`export_id`) REFERENCES `submission_exports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sha256`) REFERENCES `document_contents`(`sha256`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "submission_export_files_role_check" CHECK("submission_export_files"."role" IN ('report_docx', 'report_pdf', 'appendix_xlsx', 'data_package'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_export_files_role` ON `submission_export_files` (`export_id`,`role`);--> statement-breakpoint
CREATE TABLE `submission_exports` (
	`id` integer PRIMARY KEY NOT NULL,
	`submission_id` integer NOT NULL,
	`year` integer NOT NULL,
	`exported_at` text NOT NULL,
	`exported_by` text NOT NULL,
	`state` text NOT NULL,
	`snapshot_sha256` text NOT NULL,
	`package_format_version` integer NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`snapshot_sha256`) REFERENCES `document_contents`(`sha256`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "submission_exports_state" CHECK("submission_exports"."state" IN ('draft', 'reviewed', 'approved'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `submission_exports_year_idx` ON `submission_exports` (`year`);--> statement-breakpoint
CREATE TABLE `submission_sections` (
	`id` integer PRIMARY KEY NOT NULL,
	`submission_id` integer NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "submission_sections_key_check" CHECK("submission_sections"."key" IN ('situation', 'results', 'projects', 'difficulties', 'proposals'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_sections_key` ON `submission_sections` (`submission_id`,`key`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`document_date` text,
	`subject` text DEFAULT '' NOT NULL,
	`recipients` text DEFAULT '' NOT NULL,
	`reviewed_by` text,
	`reviewed_at` text,
	`approved_by` text,
	`approved_at` text,
	`reopen_reason` text,
	`reopened_at` text,
	CONSTRAINT "submissions_state" CHECK("submissions"."state" IN ('draft', 'reviewed', 'approved')),
	CONSTRAINT "submissions_year" CHECK("submissions"."year" BETWEEN 2020 AND 2035)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_year_unique` ON `submissions` (`year`);--> statement-breakpoint
ALTER TABLE `milestones` ADD `status_note` text;
--> statement-breakpoint
-- Hand-written below (drizzle-kit does not declare triggers). Approval of a year's submission locks that year's data
-- in the database itself: every path that writes (grid, import, undo, redo) is refused with YEAR_LOCKED.
--> statement-breakpoint
CREATE TRIGGER `year_lock_indicator_values_insert` BEFORE INSERT ON `indicator_values`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_indicator_values_update` BEFORE UPDATE ON `indicator_values`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year) OR EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_indicator_values_delete` BEFORE DELETE ON `indicator_values`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_assessments_insert` BEFORE INSERT ON `assessments`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_assessments_update` BEFORE UPDATE ON `assessments`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year) OR EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_assessments_delete` BEFORE DELETE ON `assessments`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_allocations_insert` BEFORE INSERT ON `allocations`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_allocations_update` BEFORE UPDATE ON `allocations`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year) OR EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_allocations_delete` BEFORE DELETE ON `allocations`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_milestones_insert` BEFORE INSERT ON `milestones`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_milestones_update` BEFORE UPDATE ON `milestones`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year) OR EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = NEW.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_milestones_delete` BEFORE DELETE ON `milestones`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = OLD.year)
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_awareness_activities_insert` BEFORE INSERT ON `awareness_activities`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER))
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_awareness_activities_update` BEFORE UPDATE ON `awareness_activities`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER)) OR EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = CAST(substr(NEW.held_on, 1, 4) AS INTEGER))
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `year_lock_awareness_activities_delete` BEFORE DELETE ON `awareness_activities`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.state = 'approved' AND s.year = CAST(substr(OLD.held_on, 1, 4) AS INTEGER))
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
-- An approved submission's narrative and fields change only by reopening it (state leaves 'approved').
CREATE TRIGGER `submission_approved_fields` BEFORE UPDATE ON `submissions`
WHEN OLD.state = 'approved' AND NEW.state = 'approved'
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_sections_locked_insert` BEFORE INSERT ON `submission_sections`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.id = NEW.submission_id AND s.state = 'approved')
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_sections_locked_update` BEFORE UPDATE ON `submission_sections`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.id = OLD.submission_id AND s.state = 'approved')
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_sections_locked_delete` BEFORE DELETE ON `submission_sections`
WHEN EXISTS (SELECT 1 FROM submissions s WHERE s.id = OLD.submission_id AND s.state = 'approved')
BEGIN SELECT RAISE(ABORT, 'YEAR_LOCKED'); END;
--> statement-breakpoint
-- What was exported stays as it was: frozen rows are append-only.
--> statement-breakpoint
CREATE TRIGGER `submission_exports_append_only_update` BEFORE UPDATE ON `submission_exports`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_exports_append_only_delete` BEFORE DELETE ON `submission_exports`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_export_files_append_only_update` BEFORE UPDATE ON `submission_export_files`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `submission_export_files_append_only_delete` BEFORE DELETE ON `submission_export_files`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `package_figures_append_only_update` BEFORE UPDATE ON `package_figures`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `package_figures_append_only_delete` BEFORE DELETE ON `package_figures`
BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
