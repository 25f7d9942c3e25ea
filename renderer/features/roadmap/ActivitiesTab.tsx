import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridQuery } from '../../../electron/api/schemas/grid';
import type { ActivityRow } from '../../../electron/api/schemas/roadmap';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { EditableGrid } from '../../components/grid/EditableGrid';
import { activityColumns, activityKinds } from './activity-columns';
import { SearchBox } from '../../components/SearchBox';

const fetchPage = (query: GridQuery) => api.call('roadmap.activityPage', query);
const rowLabel = (row: ActivityRow) => row.heldOn;

/** Awareness activities (conferences, workshops, media, training): the shared grid; a row number offers its removal. */
export function ActivitiesTab() {
  const { t } = useTranslation('roadmap');
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const apply = useApiMutation('roadmap.applyActivityEdits');
  const remove = useApiMutation('roadmap.deleteActivity');
  const [search, setSearch] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const columns = useMemo(() => activityColumns(t), [t]);
  const labels = useMemo(() => t('activities.changeLabels', { returnObjects: true }) as Record<'paste' | 'fill' | 'clear', string>, [t]);
  const filters = useMemo(() => ({ kind: kinds }), [kinds]);
  const onRowOpen = useCallback(
    (row: ActivityRow) => {
      void modal.confirm({
        title: t('activities.delete'),
        content: t('activities.deleteConfirm', { title: row.title }),
        okButtonProps: { danger: true },
        onOk: async () => {
          try {
            await remove.mutateAsync({ id: row.id });
          } catch (error) {
            void message.error(errorText(error), 6);
          }
        },
      });
    },
    [modal, message, errorText, remove, t],
  );
  return (
    <>
      <EditableGrid<ActivityRow>
        gridId="roadmap-activities"
        testId="activities-grid"
        ariaLabel={t('activities.grid')}
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        filters={filters}
        applyEdits={apply.mutateAsync}
        canAddRows
        rowLabel={rowLabel}
        changeLabels={labels}
        onRowOpen={onRowOpen}
        height="max(380px, calc(100vh - 360px))"
        toolbar={
          <>
            <SearchBox placeholder={t('activities.search')} width={240} onSearch={setSearch} />
            <Select
              mode="multiple"
              allowClear
              aria-label={t('activities.kindFilter')}
              placeholder={t('activities.kindFilter')}
              value={kinds}
              onChange={setKinds}
              options={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
              style={{ width: 220 }}
            />
            <Button data-testid="activities-add" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('activities.add')}
            </Button>
          </>
        }
      />
      {adding && <NewActivityModal onClose={() => setAdding(false)} />}
    </>
  );
}

interface Values {
  heldOn: Dayjs;
  kind: string;
  title: string;
  audience?: string;
  participants?: number;
}

function NewActivityModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('roadmap');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('roadmap.applyActivityEdits');
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const row = { heldOn: v.heldOn.format('YYYY-MM-DD'), kind: v.kind, title: v.title, audience: v.audience ?? null, participants: v.participants ?? null };
      const result = await add.mutateAsync({ edits: [], newRows: [row] });
      if (result.rejected.length) throw new Error(result.rejected.map((r) => r.message).join('; '));
      onClose();
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  return (
    <Modal open title={t('activities.addTitle')} onOk={() => void submit()} onCancel={onClose} confirmLoading={add.isPending} data-testid="new-activity">
      <Form form={form} layout="vertical">
        <Form.Item name="heldOn" label={t('activities.columns.heldOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="kind" label={t('activities.columns.kind')} rules={[{ required: true }]}>
          <Select options={activityKinds.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('activities.columns.title')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="audience" label={t('activities.columns.audience')}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('activities.columns.participants')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
