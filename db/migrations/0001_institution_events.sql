CREATE TABLE `institution_event_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `institution_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "institution_event_links_role" CHECK("institution_event_links"."role" IN ('source', 'result'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `institution_event_links_institution_idx` ON `institution_event_links` (`institution_id`);--> statement-breakpoint
CREATE TABLE `institution_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`legal_basis` text,
	`old_name` text,
	`new_name` text,
	`note` text,
	CONSTRAINT "institution_events_kind" CHECK("institution_events"."kind" IN ('merge', 'split', 'rename', 'dissolve'))
) STRICT;
