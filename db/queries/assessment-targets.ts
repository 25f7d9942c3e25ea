import type { Sqlite } from '../client';

export interface TargetRecord {
  id: number;
  code: string;
  groupCode: string;
  scope: 'national' | 'provincial';
  kind: 'percent' | 'milestone';
  subject: string;
  nameVi: string;
  nameEn: string;
  sourceDocument: string;
  confidence: string | null;
  numeratorIndicator: string | null;
  denominatorIndicator: string | null;
  nationalTargetCode: string | null;
  linkedMilestones: number;
}

export interface TargetValueRecord {
  id: number;
  targetId: number;
  year: number;
  percent: number | null;
  milestone: string | null;
  isTrajectory: boolean;
}

const TARGET_COLUMNS = `t.id, t.code, t.group_code AS groupCode, t.scope, t.kind, t.subject, t.name_vi AS nameVi, t.name_en AS nameEn,
  t.source_document AS sourceDocument, t.confidence, t.numerator_indicator AS numeratorIndicator,
  t.denominator_indicator AS denominatorIndicator, t.national_target_code AS nationalTargetCode,
  (SELECT count(*) FROM milestones m WHERE m.target_id = t.id) AS linkedMilestones`;

// National targets first, each province target right after the national one it refines, then the rest by code.
const TARGET_ORDER = `ORDER BY t.group_code, coalesce(t.national_target_code, t.code), t.scope, t.code`;

export function targetRecords(sqlite: Sqlite, id?: number): TargetRecord[] {
  const where = id === undefined ? '' : 'WHERE t.id = @id';
  return sqlite.prepare(`SELECT ${TARGET_COLUMNS} FROM targets t ${where} ${TARGET_ORDER}`).all({ id: id ?? null }) as TargetRecord[];
}

export function targetValueRecords(sqlite: Sqlite, targetId?: number): TargetValueRecord[] {
  const where = targetId === undefined ? '' : 'WHERE target_id = @targetId';
  const rows = sqlite
    .prepare(
      `SELECT id, target_id AS targetId, year, percent, milestone, is_trajectory AS isTrajectory FROM target_values ${where}
       ORDER BY target_id, year`,
    )
    .all({ targetId: targetId ?? null }) as (Omit<TargetValueRecord, 'isTrajectory'> & { isTrajectory: number })[];
  return rows.map((r) => ({ ...r, isTrajectory: r.isTrajectory === 1 }));
}

export interface TargetWithValues extends TargetRecord {
  values: TargetValueRecord[];
}

export function targetsWithValues(sqlite: Sqlite, id?: number): TargetWithValues[] {
  const values = targetValueRecords(sqlite, id);
  return targetRecords(sqlite, id).map((t) => ({ ...t, values: values.filter((v) => v.targetId === t.id) }));
}
