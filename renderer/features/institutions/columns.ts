import type { TFunction } from 'i18next';
import type { InstitutionRow } from '../../../electron/api/schemas/institutions';
import type { Choice, EditableColumn } from '../../components/grid/types';

/** Why a row that no longer operates cannot be edited in the grid (its notes still can, in the detail panel). */
export function lockedReason(t: TFunction, row: Pick<InstitutionRow, 'status' | 'successorCode'>): string | null {
  if (row.status === 'active') return null;
  if (row.status === 'merged') return row.successorCode ? t('locked.merged', { successor: row.successorCode }) : t('locked.mergedNoSuccessor');
  return t(`locked.${row.status}`);
}

export interface InstitutionChoices {
  types: Choice[];
  ownerships: Choice[];
  statuses: Choice[];
}

/**
 * Columns of the register. Every field is a sortable and exportable field of institutions.list /
 * institutions.exportView; the counts are totalled over the filtered view in the pinned row.
 */
export function institutionColumns(t: TFunction, choices: InstitutionChoices, thisYear: number): EditableColumn<InstitutionRow>[] {
  const locked = (row: InstitutionRow) => lockedReason(t, row);
  const warning = (field: string) => (row: InstitutionRow) => row.warnings[field] ?? null;
  return [
    { field: 'code', header: t('columns.code'), kind: 'text', required: true, width: 96, lockedReason: locked },
    { field: 'name', header: t('columns.name'), kind: 'text', required: true, flex: 1, minWidth: 180, lockedReason: locked },
    { field: 'typeCode', header: t('columns.type'), kind: 'choice', choices: choices.types, required: true, width: 140, lockedReason: locked },
    { field: 'ownershipCode', header: t('columns.ownership'), kind: 'choice', choices: choices.ownerships, required: true, width: 96, lockedReason: locked },
    { field: 'commune', header: t('columns.commune'), kind: 'text', width: 110, lockedReason: locked },
    { field: 'status', header: t('columns.status'), kind: 'choice', choices: choices.statuses, editable: false, width: 112 },
    { field: 'foundedYear', header: t('columns.foundedYear'), kind: 'year', min: 1900, max: thisYear, width: 84, lockedReason: locked },
    { field: 'teachers', header: t('columns.teachers'), kind: 'integer', min: 0, total: true, width: 82, lockedReason: locked, warning: warning('teachers') },
    { field: 'managers', header: t('columns.managers'), kind: 'integer', min: 0, total: true, width: 92, lockedReason: locked },
    { field: 'learners', header: t('columns.learners'), kind: 'integer', min: 0, total: true, width: 92, lockedReason: locked, warning: warning('learners') },
  ];
}

/** History names for multi-cell changes; stored in the file, so in the file's language (Vietnamese). */
export const INSTITUTION_CHANGE_LABELS = {
  paste: 'Dán {n} ô vào danh sách cơ sở',
  fill: 'Điền xuống {n} ô trong danh sách cơ sở',
  clear: 'Xóa {n} ô trong danh sách cơ sở',
};
