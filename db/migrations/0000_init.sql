CREATE TABLE `audit_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`change_set_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	`op` text NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	FOREIGN KEY (`change_set_id`) REFERENCES `change_sets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "audit_rows_op" CHECK("audit_rows"."op" IN ('insert', 'update', 'delete'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `audit_rows_change_set_idx` ON `audit_rows` (`change_set_id`);--> statement-breakpoint
CREATE INDEX `audit_rows_record_idx` ON `audit_rows` (`table_name`,`row_id`);--> statement-breakpoint
CREATE TABLE `change_sets` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`action` text NOT NULL,
	`label` text NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	`state` text NOT NULL,
	`replays_id` integer,
	CONSTRAINT "change_sets_kind" CHECK("change_sets"."kind" IN ('do', 'undo', 'redo')),
	CONSTRAINT "change_sets_state" CHECK("change_sets"."state" IN ('applied', 'undone', 'discarded', 'final'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `change_sets_state_idx` ON `change_sets` (`kind`,`state`);--> statement-breakpoint
CREATE INDEX `change_sets_at_idx` ON `change_sets` (`at`);--> statement-breakpoint
CREATE TABLE `allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`year` integer NOT NULL,
	`source_id` integer NOT NULL,
	`planned_dong` integer DEFAULT 0 NOT NULL,
	`adjusted_dong` integer,
	`disbursed_dong` integer DEFAULT 0 NOT NULL,
	`disbursed_on` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `capital_sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "allocations_amounts" CHECK("allocations"."planned_dong" >= 0 AND coalesce("allocations"."adjusted_dong", 0) >= 0 AND "allocations"."disbursed_dong" >= 0),
	CONSTRAINT "allocations_year" CHECK("allocations"."year" BETWEEN 2015 AND 2045)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `allocations_key` ON `allocations` (`project_id`,`year`,`source_id`);--> statement-breakpoint
CREATE INDEX `allocations_year_idx` ON `allocations` (`year`,`source_id`);--> statement-breakpoint
CREATE TABLE `medium_term_allocations` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`amount_dong` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `plan_periods`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `capital_sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "medium_term_allocations_amount" CHECK("medium_term_allocations"."amount_dong" >= 0)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `medium_term_allocations_key` ON `medium_term_allocations` (`project_id`,`period_id`,`source_id`);--> statement-breakpoint
CREATE TABLE `plan_periods` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	CONSTRAINT "plan_periods_years" CHECK("plan_periods"."end_year" >= "plan_periods"."start_year")
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_periods_code_unique` ON `plan_periods` (`code`);--> statement-breakpoint
CREATE TABLE `institution_governance` (
	`id` integer PRIMARY KEY NOT NULL,
	`institution_id` integer NOT NULL,
	`governing_body` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "institution_governance_dates" CHECK("institution_governance"."valid_to" IS NULL OR "institution_governance"."valid_to" >= "institution_governance"."valid_from")
) STRICT;
--> statement-breakpoint
CREATE INDEX `institution_governance_institution_idx` ON `institution_governance` (`institution_id`);--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type_id` integer NOT NULL,
	`ownership_id` integer NOT NULL,
	`commune` text,
	`address` text,
	`status` text DEFAULT 'active' NOT NULL,
	`successor_id` integer,
	`status_changed_on` text,
	`founded_year` integer,
	`teachers` integer,
	`managers` integer,
	`learners` integer,
	`contact` text,
	`notes` text,
	`origin_province` text,
	FOREIGN KEY (`type_id`) REFERENCES `institution_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ownership_id`) REFERENCES `ownership_kinds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`successor_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "institutions_status" CHECK("institutions"."status" IN ('active', 'merged', 'split', 'dissolved')),
	CONSTRAINT "institutions_counts" CHECK(coalesce("institutions"."teachers", 0) >= 0 AND coalesce("institutions"."managers", 0) >= 0 AND coalesce("institutions"."learners", 0) >= 0),
	CONSTRAINT "institutions_founded_year" CHECK("institutions"."founded_year" IS NULL OR "institutions"."founded_year" BETWEEN 1900 AND 2100)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_code_unique` ON `institutions` (`code`);--> statement-breakpoint
CREATE INDEX `institutions_type_idx` ON `institutions` (`type_id`);--> statement-breakpoint
CREATE INDEX `institutions_successor_idx` ON `institutions` (`successor_id`);--> statement-breakpoint
CREATE TABLE `predecessor_provinces` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`merged_on` text
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `predecessor_provinces_name_unique` ON `predecessor_provinces` (`name`);--> statement-breakpoint
CREATE TABLE `province_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`place_name` text NOT NULL,
	`superior_body` text NOT NULL,
	`owning_department` text NOT NULL,
	`owning_department_code` text NOT NULL,
	`recipient_ministry` text NOT NULL,
	`recipient_department` text NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`signer_title` text DEFAULT '' NOT NULL,
	`signing_authority` text DEFAULT '' NOT NULL,
	`document_code` text DEFAULT '' NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "province_profile_single_row" CHECK("province_profile"."id" = 1),
	CONSTRAINT "province_profile_is_sample_bool" CHECK("province_profile"."is_sample" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE TABLE `key_tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`stt` text NOT NULL,
	`name` text NOT NULL,
	`lead_agency` text,
	`coordinating_agencies` text,
	`period` text,
	`output` text,
	`task_group_id` integer,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `project_funding` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`amount_dong` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `capital_sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "project_funding_amount" CHECK("project_funding"."amount_dong" >= 0)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `project_funding_pair` ON `project_funding` (`project_id`,`source_id`);--> statement-breakpoint
CREATE TABLE `project_key_tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`key_task_id` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`key_task_id`) REFERENCES `key_tasks`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `project_key_tasks_pair` ON `project_key_tasks` (`project_id`,`key_task_id`);--> statement-breakpoint
CREATE TABLE `project_stage_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`decision_number` text,
	`decision_date` text,
	`issuing_body` text,
	`note` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `lifecycle_stages`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `project_stage_events_project_idx` ON `project_stage_events` (`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`investor` text NOT NULL,
	`location` text,
	`has_construction` integer DEFAULT false NOT NULL,
	`task_group_id` integer,
	`stage_id` integer NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`outputs` text,
	`notes` text,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `lifecycle_stages`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "projects_years" CHECK("projects"."start_year" BETWEEN 2015 AND 2040 AND "projects"."end_year" >= "projects"."start_year" AND "projects"."end_year" <= 2045),
	CONSTRAINT "projects_construction_bool" CHECK("projects"."has_construction" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_code_unique` ON `projects` (`code`);--> statement-breakpoint
CREATE INDEX `projects_stage_idx` ON `projects` (`stage_id`);--> statement-breakpoint
CREATE TABLE `capital_sources` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`is_public_investment` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "capital_sources_public_bool" CHECK("capital_sources"."is_public_investment" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `capital_sources_code_unique` ON `capital_sources` (`code`);--> statement-breakpoint
CREATE TABLE `institution_types` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`valid_from` text,
	`valid_to` text
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `institution_types_code_unique` ON `institution_types` (`code`);--> statement-breakpoint
CREATE TABLE `investment_laws` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `investment_laws_code_unique` ON `investment_laws` (`code`);--> statement-breakpoint
CREATE TABLE `lifecycle_stages` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer NOT NULL,
	`is_off_path` integer DEFAULT false NOT NULL,
	CONSTRAINT "lifecycle_stages_off_path_bool" CHECK("lifecycle_stages"."is_off_path" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `lifecycle_stages_code_unique` ON `lifecycle_stages` (`code`);--> statement-breakpoint
CREATE TABLE `ownership_kinds` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `ownership_kinds_code_unique` ON `ownership_kinds` (`code`);--> statement-breakpoint
CREATE TABLE `project_group_thresholds` (
	`id` integer PRIMARY KEY NOT NULL,
	`law_code` text NOT NULL,
	`group_code` text NOT NULL,
	`min_dong` integer,
	`max_dong` integer,
	`confirmed` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`law_code`) REFERENCES `investment_laws`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "project_group_thresholds_group" CHECK("project_group_thresholds"."group_code" IN ('A', 'B', 'C')),
	CONSTRAINT "project_group_thresholds_confirmed_bool" CHECK("project_group_thresholds"."confirmed" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE TABLE `target_groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`note` text
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `target_groups_code_unique` ON `target_groups` (`code`);--> statement-breakpoint
CREATE TABLE `task_groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `task_groups_code_unique` ON `task_groups` (`code`);--> statement-breakpoint
CREATE TABLE `awareness_activities` (
	`id` integer PRIMARY KEY NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`audience` text,
	`participants` integer,
	CONSTRAINT "awareness_activities_kind" CHECK("awareness_activities"."kind" IN ('conference', 'workshop', 'media', 'training')),
	CONSTRAINT "awareness_activities_participants" CHECK("awareness_activities"."participants" IS NULL OR "awareness_activities"."participants" >= 0)
) STRICT;
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer,
	`owner` text,
	`target_id` integer,
	`key_task_id` integer,
	`project_id` integer,
	`status` text,
	`notes` text,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`key_task_id`) REFERENCES `key_tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "milestones_year" CHECK("milestones"."year" BETWEEN 2020 AND 2035),
	CONSTRAINT "milestones_quarter" CHECK("milestones"."quarter" IS NULL OR "milestones"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "milestones_status" CHECK("milestones"."status" IS NULL OR "milestones"."status" IN ('planned', 'on_track', 'at_risk', 'met', 'missed'))
) STRICT;
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY NOT NULL,
	`institution_id` integer NOT NULL,
	`year` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`reopen_reason` text,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assessments_state" CHECK("assessments"."state" IN ('draft', 'submitted', 'approved'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_institution_year` ON `assessments` (`institution_id`,`year`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY NOT NULL,
	`institution_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real,
	`comment` text,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "indicator_values_non_negative" CHECK("indicator_values"."value" IS NULL OR "indicator_values"."value" >= 0)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_values_key` ON `indicator_values` (`institution_id`,`indicator_id`,`year`);--> statement-breakpoint
CREATE INDEX `indicator_values_year_idx` ON `indicator_values` (`year`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicators_unit" CHECK("indicators"."unit" IN ('count', 'yesno'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_code_unique` ON `indicators` (`code`);--> statement-breakpoint
CREATE TABLE `target_values` (
	`id` integer PRIMARY KEY NOT NULL,
	`target_id` integer NOT NULL,
	`year` integer NOT NULL,
	`percent` real,
	`milestone` text,
	`is_trajectory` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "target_values_percent" CHECK("target_values"."percent" IS NULL OR "target_values"."percent" BETWEEN 0 AND 100),
	CONSTRAINT "target_values_year" CHECK("target_values"."year" BETWEEN 2020 AND 2035),
	CONSTRAINT "target_values_trajectory_bool" CHECK("target_values"."is_trajectory" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `target_values_target_year` ON `target_values` (`target_id`,`year`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`group_code` text NOT NULL,
	`scope` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`source_document` text NOT NULL,
	`confidence` text,
	`numerator_indicator` text,
	`denominator_indicator` text,
	`national_target_code` text,
	CONSTRAINT "targets_scope" CHECK("targets"."scope" IN ('national', 'provincial')),
	CONSTRAINT "targets_kind" CHECK("targets"."kind" IN ('percent', 'milestone'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_code_unique` ON `targets` (`code`);