import type { TFunction } from 'i18next';
import type { KeyTaskRow, ProjectGridRow } from '../../../electron/api/schemas/projects';
import type { Choice, EditableColumn } from '../../components/grid/types';

// Columns of the project register and of the key-task list; fields are those of projects.applyEdits and
// projects.applyKeyTaskEdits. Funding columns (one per capital source) write the project's share of that source.

export interface ProjectChoices {
  stages: Choice[];
  taskGroups: Choice[];
  sources: { code: string; name: string }[];
}

const warning = (field: string) => (row: { warnings: Record<string, string> }) => row.warnings[field] ?? null;

export function projectColumns(t: TFunction, choices: ProjectChoices): EditableColumn<ProjectGridRow>[] {
  return [
    { field: 'code', header: t('columns.code'), kind: 'text', required: true, width: 110, pinned: 'left' },
    { field: 'name', header: t('columns.name'), kind: 'text', required: true, flex: 1, minWidth: 260 },
    { field: 'investor', header: t('columns.investor'), kind: 'text', required: true, width: 200 },
    { field: 'stageCode', header: t('columns.stage'), kind: 'choice', choices: choices.stages, editable: false, width: 170, warning: warning('stageCode') },
    { field: 'groupCode', header: t('columns.group'), kind: 'text', editable: false, width: 66 },
    { field: 'groupReason', header: t('columns.groupReason'), kind: 'text', editable: false, width: 240 },
    { field: 'taskGroupCode', header: t('columns.taskGroup'), kind: 'choice', choices: choices.taskGroups, width: 110 },
    { field: 'keyTasks', header: t('columns.keyTasks'), kind: 'text', editable: false, width: 110 },
    { field: 'startYear', header: t('columns.startYear'), kind: 'year', required: true, min: 2015, max: 2040, width: 80 },
    { field: 'endYear', header: t('columns.endYear'), kind: 'year', required: true, min: 2015, max: 2045, width: 80 },
    ...choices.sources.map(
      (source): EditableColumn<ProjectGridRow> => ({
        field: `funding_${source.code}`,
        header: t('columns.funding', { source: source.code }),
        kind: 'money',
        min: 0,
        width: 128,
        total: true,
        value: (row) => row.funding[source.code] ?? null,
        warning: warning(`funding_${source.code}`),
      }),
    ),
    { field: 'totalInvestmentDong', header: t('columns.totalInvestment'), kind: 'money', editable: false, total: true, width: 140, warning: warning('totalInvestmentDong') },
    { field: 'hasConstruction', header: t('columns.construction'), kind: 'yesno', width: 100, value: (row) => (row.hasConstruction ? 1 : 0) },
    { field: 'location', header: t('columns.location'), kind: 'text', width: 160 },
    { field: 'outputs', header: t('columns.outputs'), kind: 'text', width: 240 },
    { field: 'notes', header: t('columns.notes'), kind: 'text', width: 200 },
  ];
}

export function keyTaskColumns(t: TFunction, taskGroups: Choice[]): EditableColumn<KeyTaskRow>[] {
  return [
    { field: 'stt', header: t('keyTaskColumns.stt'), kind: 'text', required: true, width: 70, pinned: 'left' },
    { field: 'name', header: t('keyTaskColumns.name'), kind: 'text', required: true, flex: 1, minWidth: 320 },
    { field: 'leadAgency', header: t('keyTaskColumns.leadAgency'), kind: 'text', width: 200, warning: warning('leadAgency') },
    { field: 'coordinatingAgencies', header: t('keyTaskColumns.coordinatingAgencies'), kind: 'text', width: 220 },
    { field: 'period', header: t('keyTaskColumns.period'), kind: 'text', width: 110 },
    { field: 'output', header: t('keyTaskColumns.output'), kind: 'text', width: 240 },
    { field: 'taskGroupCode', header: t('keyTaskColumns.taskGroup'), kind: 'choice', choices: taskGroups, width: 120, warning: warning('taskGroupCode') },
    { field: 'projectCount', header: t('keyTaskColumns.projects'), kind: 'integer', editable: false, width: 90 },
  ];
}
