import type { Sqlite } from '../../../db/client';
import { ServiceError } from '../service-error';

/** What the lifecycle actions need to know of an institution. */
export interface InstitutionRecord {
  id: number;
  code: string;
  name: string;
  status: 'active' | 'merged' | 'split' | 'dissolved';
  statusChangedOn: string | null;
  foundedYear: number | null;
  teachers: number | null;
  managers: number | null;
  learners: number | null;
}

export interface GovernanceRecord {
  id: number;
  governingBody: string;
  validFrom: string;
  validTo: string | null;
}

export function loadInstitution(sqlite: Sqlite, id: number): InstitutionRecord {
  const row = sqlite
    .prepare(
      `SELECT id, code, name, status, status_changed_on AS statusChangedOn, founded_year AS foundedYear, teachers, managers, learners
       FROM institutions WHERE id = ?`,
    )
    .get(id) as InstitutionRecord | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Không tìm thấy cơ sở #${id}.`, { id });
  return row;
}

/** Governance rows still open (no end date), newest first; normally at most one. */
export function openGovernance(sqlite: Sqlite, institutionId: number): GovernanceRecord[] {
  return sqlite
    .prepare(
      `SELECT id, governing_body AS governingBody, valid_from AS validFrom, valid_to AS validTo
       FROM institution_governance WHERE institution_id = ? AND valid_to IS NULL ORDER BY valid_from DESC, id DESC`,
    )
    .all(institutionId) as GovernanceRecord[];
}

export function latestGovernanceStart(sqlite: Sqlite, institutionId: number): string | null {
  const row = sqlite.prepare('SELECT max(valid_from) AS d FROM institution_governance WHERE institution_id = ?').get(institutionId) as { d: string | null };
  return row.d;
}

/**
 * The next free ids. New rows get them up front so later changes of the same request (event links, governance)
 * can name them; callers plan and apply without yielding in between.
 */
export function nextIds(sqlite: Sqlite): { institution: number; event: number } {
  const max = (table: string) => (sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
  return { institution: max('institutions') + 1, event: max('institution_events') + 1 };
}

export function referenceId(sqlite: Sqlite, table: 'institution_types' | 'ownership_kinds', code: string): number {
  const row = sqlite.prepare(`SELECT id FROM ${table} WHERE code = ?`).get(code) as { id: number } | undefined;
  if (!row) {
    const what = table === 'institution_types' ? 'Loại hình' : 'Loại hình sở hữu';
    throw new ServiceError('INVALID_INPUT', `${what} "${code}" không có trong danh mục.`, { field: table === 'institution_types' ? 'typeCode' : 'ownershipCode' });
  }
  return row.id;
}

export const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
