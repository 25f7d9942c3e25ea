import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../db/schema';
import type { AuditedTableName } from '../../api/schemas/history';

/** Every table users change, by SQL name. The mutation path refuses any other table or column. */
export const auditedTables = {
  province_profile: schema.provinceProfile,
  predecessor_provinces: schema.predecessorProvinces,
  institutions: schema.institutions,
  institution_governance: schema.institutionGovernance,
  institution_events: schema.institutionEvents,
  institution_event_links: schema.institutionEventLinks,
  institution_types: schema.institutionTypes,
  ownership_kinds: schema.ownershipKinds,
  capital_sources: schema.capitalSources,
  targets: schema.targets,
  target_values: schema.targetValues,
  indicators: schema.indicators,
  assessments: schema.assessments,
  indicator_values: schema.indicatorValues,
  key_tasks: schema.keyTasks,
  projects: schema.projects,
  project_key_tasks: schema.projectKeyTasks,
  project_stage_events: schema.projectStageEvents,
  project_funding: schema.projectFunding,
  project_documents: schema.projectDocuments,
  medium_term_allocations: schema.mediumTermAllocations,
  allocations: schema.allocations,
  plan_versions: schema.planVersions,
  milestones: schema.milestones,
  awareness_activities: schema.awarenessActivities,
  milestone_rollovers: schema.milestoneRollovers,
  submissions: schema.submissions,
  submission_sections: schema.submissionSections,
  consolidation_packages: schema.consolidationPackages,
} as const satisfies Record<AuditedTableName, SQLiteTable>;

export type AuditedTables = typeof auditedTables;
export type InsertRow<T extends AuditedTableName> = AuditedTables[T]['$inferInsert'];

interface ColumnInfo {
  sqlName: string;
  toDriver: (value: unknown) => unknown;
}

const columnCache = new Map<string, Map<string, ColumnInfo>>();

/** camelCase property → SQL column, with drizzle's own driver mapping (booleans become 0 / 1). */
export function columnsOf(table: AuditedTableName): Map<string, ColumnInfo> {
  let columns = columnCache.get(table);
  if (!columns) {
    columns = new Map();
    for (const [key, column] of Object.entries(getTableColumns(auditedTables[table]))) {
      columns.set(key, {
        sqlName: column.name,
        toDriver: (value) => (value === null || value === undefined ? null : column.mapToDriverValue(value)),
      });
    }
    columnCache.set(table, columns);
  }
  return columns;
}
