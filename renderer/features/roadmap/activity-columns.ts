import type { TFunction } from 'i18next';
import type { ActivityRow } from '../../../electron/api/schemas/roadmap';
import type { EditableColumn } from '../../components/grid/types';

export const activityKinds = ['conference', 'workshop', 'media', 'training'] as const;

const locked = (row: ActivityRow) => row.lockedReason;

/** Columns of the awareness activities; fields are those of roadmap.applyActivityEdits. */
export function activityColumns(t: TFunction): EditableColumn<ActivityRow>[] {
  return [
    { field: 'heldOn', header: t('activities.columns.heldOn'), kind: 'date', required: true, width: 115, pinned: 'left', lockedReason: locked },
    {
      field: 'kind',
      header: t('activities.columns.kind'),
      kind: 'choice',
      required: true,
      width: 160,
      choices: activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) })),
      lockedReason: locked,
    },
    { field: 'title', header: t('activities.columns.title'), kind: 'text', required: true, flex: 1, minWidth: 320, lockedReason: locked },
    { field: 'audience', header: t('activities.columns.audience'), kind: 'text', width: 280, lockedReason: locked },
    { field: 'participants', header: t('activities.columns.participants'), kind: 'integer', min: 0, width: 130, lockedReason: locked },
  ];
}
