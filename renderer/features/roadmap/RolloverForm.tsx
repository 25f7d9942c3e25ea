import { App, Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MilestoneDetail } from '../../../electron/api/schemas/roadmap';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { quarterChoices } from './milestone-columns';
import { useWhen } from './useWhen';

interface Values {
  toYear: number;
  toQuarter?: number | null;
  reason: string;
}

/** Rolls the milestone over to the next year (by default, same quarter) or a chosen later one; the reason is required. */
export function RolloverForm({ detail }: { detail: MilestoneDetail }) {
  const { t } = useTranslation('roadmap');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const when = useWhen();
  const [form] = Form.useForm<Values>();
  const rollOver = useApiMutation('roadmap.rollOver');
  const submit = async (values: Values) => {
    try {
      const result = await rollOver.mutateAsync({ id: detail.id, toYear: values.toYear, toQuarter: values.toQuarter ?? null, reason: values.reason });
      form.resetFields(['reason']);
      void message.success(t('rollover.done', { when: when(result.year, result.quarter) }), 4);
    } catch (error) {
      void message.error(errorText(error), 8);
    }
  };
  const locked = detail.lockedReason !== null;
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="rollover-form"
      disabled={locked}
      initialValues={{ toYear: Math.min(2035, detail.year + 1), toQuarter: detail.quarter }}
      onFinish={(values) => void submit(values)}
    >
      <Flex gap={12}>
        <Form.Item name="toYear" label={t('rollover.toYear')} rules={[{ required: true }]}>
          <InputNumber data-testid="rollover-year" min={detail.year + 1} max={2035} precision={0} />
        </Form.Item>
        <Form.Item name="toQuarter" label={t('rollover.toQuarter')}>
          <Select data-testid="rollover-quarter" allowClear placeholder={t('wholeYear')} style={{ width: 130 }} options={quarterChoices(t).map((q) => ({ value: q.value, label: q.label }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="reason" label={t('rollover.reason')} rules={[{ required: true, whitespace: true, message: t('rollover.reasonRequired') }, { max: 1000 }]}>
        <Input.TextArea data-testid="rollover-reason" rows={2} placeholder={t('rollover.reasonPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="rollover-submit" loading={rollOver.isPending}>
        {t('rollover.submit')}
      </Button>
    </Form>
  );
}
