import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyTaskRow } from '../../../electron/api/schemas/projects';
import type { Choice } from '../../components/grid/types';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

interface Values {
  stt: string;
  name: string;
  leadAgency?: string;
  taskGroupCode?: string;
}

/**
 * Adds a key task (an empty list has no row to paste after) or, for an existing one, offers its removal with its
 * project links; everything else is edited in the grid.
 */
export function KeyTaskModal({ task, taskGroups, onClose }: { task: KeyTaskRow | 'new'; taskGroups: Choice[]; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('projects.applyKeyTaskEdits');
  const remove = useApiMutation('projects.deleteKeyTask');
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onClose();
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  if (task !== 'new') {
    return (
      <Modal open title={`${task.stt}. ${task.name}`} onCancel={onClose} footer={null} data-testid="key-task-modal">
        <p>{t('keyTask.linked', { count: task.projectCount })}</p>
        <Button danger data-testid="key-task-delete" loading={remove.isPending} onClick={() => void run(() => remove.mutateAsync({ id: task.id }))}>
          {t('keyTask.delete')}
        </Button>
      </Modal>
    );
  }
  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const result = await add.mutateAsync({ edits: [], newRows: [{ ...values }] });
      if (result.rejected.length) throw new Error(result.rejected.map((r) => r.message).join('; '));
    });
  };
  return (
    <Modal open title={t('keyTask.addTitle')} okText={t('newProject.save')} onOk={() => void submit()} onCancel={onClose} confirmLoading={add.isPending} data-testid="key-task-modal">
      <Form form={form} layout="vertical">
        <Form.Item name="stt" label={t('keyTaskColumns.stt')} rules={[{ required: true, whitespace: true, max: 20 }]}>
          <Input data-testid="key-task-stt" />
        </Form.Item>
        <Form.Item name="name" label={t('keyTaskColumns.name')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea data-testid="key-task-name" rows={2} />
        </Form.Item>
        <Form.Item name="leadAgency" label={t('keyTaskColumns.leadAgency')}>
          <Input />
        </Form.Item>
        <Form.Item name="taskGroupCode" label={t('keyTaskColumns.taskGroup')}>
          <Select allowClear options={taskGroups.map((g) => ({ value: String(g.value), label: g.label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
