CREATE TABLE `plan_snapshot_allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`snapshot_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`source_code` text NOT NULL,
	`year` integer NOT NULL,
	`planned_dong` integer NOT NULL,
	`adjusted_dong` integer,
	`disbursed_dong` integer NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `plan_snapshots`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_snapshot_allocations_key` ON `plan_snapshot_allocations` (`snapshot_id`,`project_id`,`source_code`,`year`);--> statement-breakpoint
CREATE TABLE `plan_snapshot_medium_terms` (
	`id` integer PRIMARY KEY NOT NULL,
	`snapshot_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`source_code` text NOT NULL,
	`period_code` text NOT NULL,
	`amount_dong` integer NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `plan_snapshots`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_snapshot_medium_terms_key` ON `plan_snapshot_medium_terms` (`snapshot_id`,`project_id`,`source_code`,`period_code`);--> statement-breakpoint
CREATE TABLE `plan_snapshot_projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`snapshot_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `plan_snapshots`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_snapshot_projects_key` ON `plan_snapshot_projects` (`snapshot_id`,`project_id`);--> statement-breakpoint
CREATE TABLE `plan_snapshots` (
	`id` integer PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`allocation_rows` integer NOT NULL,
	`medium_term_rows` integer NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "plan_snapshots_sha256" CHECK(length("plan_snapshots"."sha256") = 64)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_snapshots_sha256_unique` ON `plan_snapshots` (`sha256`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`note` text,
	`snapshot_id` integer NOT NULL,
	`frozen_at` text NOT NULL,
	`frozen_by` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `plan_snapshots`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_versions_name_length" CHECK(length(trim("plan_versions"."name")) BETWEEN 1 AND 120)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_name` ON `plan_versions` (`name`);--> statement-breakpoint
CREATE TABLE `document_contents` (
	`id` integer PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`bytes` blob NOT NULL,
	CONSTRAINT "document_contents_sha256" CHECK(length("document_contents"."sha256") = 64),
	CONSTRAINT "document_contents_size" CHECK("document_contents"."size_bytes" = length("document_contents"."bytes"))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `document_contents_sha256_unique` ON `document_contents` (`sha256`);--> statement-breakpoint
CREATE TABLE `project_documents` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`stage_event_id` integer,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`added_at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_event_id`) REFERENCES `project_stage_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sha256`) REFERENCES `document_contents`(`sha256`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "project_documents_size" CHECK("project_documents"."size_bytes" >= 0)
) STRICT;
--> statement-breakpoint
CREATE INDEX `project_documents_project_idx` ON `project_documents` (`project_id`);--> statement-breakpoint
CREATE INDEX `allocations_project_source_idx` ON `allocations` (`project_id`,`source_id`,`year`);