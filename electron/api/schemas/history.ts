import { z } from 'zod';
import { isoDate } from './common';

export const historyStatus = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryStatus = z.infer<typeof historyStatus>;

export const auditedTableNames = [
  'province_profile',
  'predecessor_provinces',
  'institutions',
  'institution_governance',
  'institution_events',
  'institution_event_links',
  'institution_types',
  'ownership_kinds',
  'capital_sources',
  'targets',
  'target_values',
  'indicators',
  'assessments',
  'indicator_values',
  'key_tasks',
  'projects',
  'project_key_tasks',
  'project_stage_events',
  'project_funding',
  'project_documents',
  'medium_term_allocations',
  'allocations',
  'plan_versions',
  'milestones',
  'awareness_activities',
  'milestone_rollovers',
  'submissions',
  'submission_sections',
  'consolidation_packages',
] as const;
export const auditedTableName = z.enum(auditedTableNames);
export type AuditedTableName = z.infer<typeof auditedTableName>;

export const historyListInput = z.object({
  table: auditedTableName.optional(),
  recordId: z.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditRowDto = z.object({
  table: z.string(),
  rowId: z.number().int(),
  op: z.enum(['insert', 'update', 'delete']),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});

export const changeSetDto = z.object({
  id: z.number().int(),
  kind: z.enum(['do', 'undo', 'redo']),
  action: z.string(),
  label: z.string(),
  actor: z.string(),
  at: z.string(),
  state: z.enum(['applied', 'undone', 'discarded', 'final']),
  rows: z.array(auditRowDto),
  moreRows: z.number().int(),
});
export type ChangeSetDto = z.infer<typeof changeSetDto>;

export const historyPage = z.object({ total: z.number().int(), rows: z.array(changeSetDto) });
