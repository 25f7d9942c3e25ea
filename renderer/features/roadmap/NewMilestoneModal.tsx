import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '../../../electron/api/text/vietnamese';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import type { Choice } from '../../components/grid/types';
import { quarterChoices } from './milestone-columns';

interface Values {
  title: string;
  year: number;
  quarter?: number;
  owner?: string;
  link?: string;
}

export const foldedFilter = (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

/** Adds one milestone (an empty roadmap has no row to paste after); everything else is edited in the grid. */
export function NewMilestoneModal({ open, links, onClose, onCreated }: { open: boolean; links: Choice[]; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('roadmap');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('roadmap.applyMilestoneEdits');
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const row = { title: values.title, year: values.year, quarter: values.quarter ?? null, owner: values.owner ?? null, link: values.link ?? null };
      const result = await add.mutateAsync({ edits: [], newRows: [row] });
      if (result.rejected.length) throw new Error(result.rejected.map((r) => r.message).join('; '));
      form.resetFields();
      onClose();
      if (result.insertedIds[0]) onCreated(result.insertedIds[0]);
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  return (
    <Modal open={open} title={t('newMilestone.title')} okText={t('newMilestone.save')} onOk={() => void submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden data-testid="new-milestone">
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="title" label={t('columns.title')} rules={[{ required: true, whitespace: true, max: 500, message: t('newMilestone.titleRequired') }]}>
          <Input.TextArea data-testid="new-milestone-title" rows={2} />
        </Form.Item>
        <Form.Item name="year" label={t('columns.year')} rules={[{ required: true }]}>
          <InputNumber data-testid="new-milestone-year" min={2020} max={2035} precision={0} />
        </Form.Item>
        <Form.Item name="quarter" label={t('columns.quarter')}>
          <Select allowClear placeholder={t('wholeYear')} options={quarterChoices(t).map((q) => ({ value: q.value, label: q.label }))} />
        </Form.Item>
        <Form.Item name="owner" label={t('columns.owner')}>
          <Input />
        </Form.Item>
        <Form.Item name="link" label={t('columns.link')}>
          <Select allowClear showSearch={{ filterOption: foldedFilter }} options={links.map((l) => ({ value: String(l.value), label: l.label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
