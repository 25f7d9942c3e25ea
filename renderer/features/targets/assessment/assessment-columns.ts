import type { TFunction } from 'i18next';
import type { AssessmentRow, IndicatorInfo } from '../../../../electron/api/schemas/assessment';
import type { EditableColumn } from '../../../components/grid/types';

export const COMMENT_PREFIX = 'comment:';
export const STATES = ['none', 'draft', 'submitted', 'approved'] as const;

type Label = (item: { nameVi: string; nameEn: string }) => string;

/**
 * Institutions × indicators for one year: code, name and state pinned on the left, one column per indicator's raw
 * figure (counts or có / không), and, when asked, a comment column beside each. An approved return's cells are
 * locked with the reason on hover, and so is every cell of a year whose submission to the ministry is approved; a
 * stored figure's warning (outside limits, part above its whole) shows amber.
 */
export function assessmentColumns(indicators: readonly IndicatorInfo[], t: TFunction, label: Label, showComments: boolean): EditableColumn<AssessmentRow>[] {
  // The year's approved submission says more than the return's own approval, so its reason comes first.
  const locked = (row: AssessmentRow) => row.lockedReason ?? (row.state === 'approved' ? t('locked') : null);
  const columns: EditableColumn<AssessmentRow>[] = [
    { field: 'code', header: t('columns.code'), kind: 'text', editable: false, pinned: 'left', width: 110 },
    { field: 'name', header: t('columns.name'), kind: 'text', editable: false, pinned: 'left', width: 250 },
    {
      field: 'state',
      header: t('columns.state'),
      kind: 'choice',
      editable: false,
      width: 120,
      choices: STATES.map((s) => ({ value: s, label: t(`state.${s}`) })),
    },
  ];
  for (const indicator of indicators) {
    columns.push({
      field: indicator.code,
      header: label(indicator),
      kind: indicator.unit === 'yesno' ? 'yesno' : 'integer',
      min: 0,
      width: indicator.unit === 'yesno' ? 120 : 140,
      value: (row) => row.values[indicator.code] ?? null,
      lockedReason: locked,
      warning: (row) => row.warnings[indicator.code] ?? null,
    });
    if (showComments) {
      columns.push({
        field: `${COMMENT_PREFIX}${indicator.code}`,
        header: t('columns.comment', { name: label(indicator) }),
        kind: 'text',
        width: 200,
        value: (row) => row.comments[indicator.code] ?? null,
        lockedReason: locked,
      });
    }
  }
  return columns;
}
