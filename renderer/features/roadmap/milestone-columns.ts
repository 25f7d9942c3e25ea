import type { TFunction } from 'i18next';
import type { MilestoneGridRow } from '../../../electron/api/schemas/roadmap';
import type { Choice, EditableColumn } from '../../components/grid/types';
import { derivedStatusOrder, milestoneStatuses } from './status';

// Columns of the milestones register; fields are those of roadmap.applyMilestoneEdits. The derived status, its source
// and its basis sit beside the hand-set status, read-only: the planner sees both and why they differ.

const locked = (row: MilestoneGridRow) => row.lockedReason;

export function quarterChoices(t: TFunction): Choice[] {
  return [1, 2, 3, 4].map((q) => ({ value: q, label: t('quarter', { quarter: q }) }));
}

export function milestoneColumns(t: TFunction, links: Choice[]): EditableColumn<MilestoneGridRow>[] {
  const trouble = (row: MilestoneGridRow) => (row.derivedStatus === 'at_risk' || row.derivedStatus === 'missed' ? row.derivedReason : null);
  return [
    { field: 'year', header: t('columns.year'), kind: 'year', required: true, min: 2020, max: 2035, width: 76, pinned: 'left', lockedReason: locked },
    { field: 'quarter', header: t('columns.quarter'), kind: 'choice', choices: quarterChoices(t), width: 86, lockedReason: locked },
    { field: 'title', header: t('columns.title'), kind: 'text', required: true, flex: 1, minWidth: 280, lockedReason: locked },
    {
      field: 'derivedStatus',
      header: t('columns.derivedStatus'),
      kind: 'choice',
      editable: false,
      width: 150,
      choices: derivedStatusOrder.map((s) => ({ value: s, label: t(`status.${s}`) })),
      value: (row) => row.derivedStatus ?? 'none',
      warning: trouble,
    },
    {
      field: 'derivedSource',
      header: t('columns.derivedSource'),
      kind: 'choice',
      editable: false,
      width: 110,
      choices: (['target', 'project', 'manual', 'none'] as const).map((s) => ({ value: s, label: t(`source.${s}`) })),
    },
    { field: 'derivedReason', header: t('columns.derivedReason'), kind: 'text', editable: false, width: 320 },
    { field: 'link', header: t('columns.link'), kind: 'choice', choices: links, width: 240, lockedReason: locked },
    { field: 'owner', header: t('columns.owner'), kind: 'text', width: 190, lockedReason: locked },
    {
      field: 'status',
      header: t('columns.status'),
      kind: 'choice',
      choices: milestoneStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
      width: 150,
      lockedReason: locked,
    },
    { field: 'statusNote', header: t('columns.statusNote'), kind: 'text', width: 200, lockedReason: locked },
    { field: 'rollovers', header: t('columns.rollovers'), kind: 'integer', editable: false, width: 90 },
    { field: 'notes', header: t('columns.notes'), kind: 'text', width: 220, lockedReason: locked },
  ];
}
