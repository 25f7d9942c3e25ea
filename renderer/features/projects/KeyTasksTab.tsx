import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridQuery } from '../../../electron/api/schemas/grid';
import type { KeyTaskRow } from '../../../electron/api/schemas/projects';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { EditableGrid } from '../../components/grid/EditableGrid';
import { keyTaskColumns } from './columns';
import { KeyTaskModal } from './KeyTaskModal';
import { useProjectChoices } from './useProjectChoices';

const fetchPage = (query: GridQuery) => api.call('projects.listKeyTasks', query);
const rowLabel = (row: KeyTaskRow) => row.stt;

/** The province's key-task list, entered and pasted like any register; a row number opens its removal. */
export function KeyTasksTab() {
  const { t } = useTranslation('projects');
  const choices = useProjectChoices();
  const apply = useApiMutation('projects.applyKeyTaskEdits');
  const columns = useMemo(() => keyTaskColumns(t, choices.taskGroups), [t, choices.taskGroups]);
  const labels = useMemo(() => ({ paste: t('keyTaskLabels.paste'), fill: t('keyTaskLabels.fill'), clear: t('keyTaskLabels.clear') }), [t]);
  const [open, setOpen] = useState<KeyTaskRow | 'new' | null>(null);
  const onRowOpen = useCallback((row: KeyTaskRow) => setOpen(row), []);
  return (
    <>
      <EditableGrid<KeyTaskRow>
        gridId="key-tasks"
        testId="key-tasks-grid"
        ariaLabel={t('keyTaskGrid')}
        columns={columns}
        fetchPage={fetchPage}
        applyEdits={apply.mutateAsync}
        canAddRows
        rowLabel={rowLabel}
        changeLabels={labels}
        onRowOpen={onRowOpen}
        height="max(380px, calc(100vh - 330px))"
        toolbar={
          <Button data-testid="key-tasks-add" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            {t('addKeyTask')}
          </Button>
        }
      />
      {open !== null && <KeyTaskModal task={open} taskGroups={choices.taskGroups} onClose={() => setOpen(null)} />}
    </>
  );
}
