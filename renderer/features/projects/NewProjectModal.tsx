import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

interface Values {
  code: string;
  name: string;
  investor: string;
  startYear: number;
  endYear: number;
}

/** The fields a new project cannot exist without; the rest is filled in the grid or the detail panel. */
export function NewProjectModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const apply = useApiMutation('projects.applyEdits');
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const result = await apply.mutateAsync({ edits: [], newRows: [{ ...values }] });
      if (result.rejected.length) {
        form.setFields(result.rejected.map((r) => ({ name: r.field as keyof Values, errors: [r.message] })));
        return;
      }
      void message.success(t('newProject.added', { code: values.code }));
      form.resetFields();
      onClose();
      if (result.insertedIds[0]) onCreated(result.insertedIds[0]);
    } catch (error) {
      void message.error(errorText(error), 5);
    }
  };
  const thisYear = new Date().getFullYear();
  return (
    <Modal open={open} title={t('newProject.title')} okText={t('newProject.save')} onOk={() => void submit()} onCancel={onClose} confirmLoading={apply.isPending} destroyOnHidden data-testid="project-new">
      <Form form={form} layout="vertical" initialValues={{ startYear: thisYear, endYear: thisYear + 2 }}>
        <Form.Item name="code" label={t('newProject.code')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input data-testid="project-new-code" />
        </Form.Item>
        <Form.Item name="name" label={t('newProject.name')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input data-testid="project-new-name" />
        </Form.Item>
        <Form.Item name="investor" label={t('newProject.investor')} rules={[{ required: true, whitespace: true, max: 300 }]}>
          <Input data-testid="project-new-investor" />
        </Form.Item>
        <Form.Item name="startYear" label={t('newProject.startYear')} rules={[{ required: true }]}>
          <InputNumber min={2015} max={2040} />
        </Form.Item>
        <Form.Item name="endYear" label={t('newProject.endYear')} rules={[{ required: true }]}>
          <InputNumber min={2015} max={2045} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
