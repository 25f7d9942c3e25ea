import { App, Button, Card, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../electron/api/schemas/submission';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

interface Values {
  documentNumber: string;
  documentDate: Dayjs | null;
  subject: string;
  recipients: string;
}

const valuesOf = (view: SubmissionView): Values => ({
  documentNumber: view.documentNumber,
  documentDate: view.documentDate ? dayjs(view.documentDate) : null,
  subject: view.subject,
  recipients: view.recipients.join('\n'),
});

/** Number, date, subject and "Nơi nhận" of the report: one recorded change per save. */
export function DocumentFields({ view }: { view: SubmissionView }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const update = useApiMutation('submission.update');
  const [form] = Form.useForm<Values>();
  const locked = view.state === 'approved';
  useEffect(() => form.setFieldsValue(valuesOf(view)), [view, form]);
  const save = (values: Values) =>
    update.mutate(
      {
        year: view.year,
        patch: {
          documentNumber: values.documentNumber ?? '',
          documentDate: values.documentDate ? values.documentDate.format('YYYY-MM-DD') : null,
          subject: values.subject ?? '',
          recipients: (values.recipients ?? '').split('\n').map((r) => r.trim()).filter(Boolean),
        },
      },
      { onSuccess: () => void message.success(t('doc.saved')), onError: (error) => void message.error(errorText(error), 6) },
    );
  return (
    <Card size="small" title={t('doc.title')} data-testid="document-fields">
      <Form form={form} layout="vertical" disabled={locked} onFinish={save} initialValues={valuesOf(view)}>
        <Flex gap={24} wrap>
          <Form.Item name="documentNumber" label={t('doc.number')} extra={t('doc.numberHint', { code: view.documentCode.split('/').slice(1).join('/') })} style={{ marginBottom: 8, maxWidth: 520 }}>
            <Input style={{ width: 120 }} data-testid="doc-number" maxLength={20} />
          </Form.Item>
          <Form.Item name="documentDate" label={t('doc.date')} style={{ marginBottom: 8 }}>
            <DatePicker format="DD/MM/YYYY" data-testid="doc-date" />
          </Form.Item>
        </Flex>
        <Form.Item name="subject" label={t('doc.subject')} rules={[{ required: true, whitespace: true, message: t('doc.subjectRequired') }]} style={{ marginBottom: 8 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="doc-subject" maxLength={500} />
        </Form.Item>
        <Form.Item name="recipients" label={t('doc.recipients')} extra={t('doc.recipientsHint')} style={{ marginBottom: 8 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="doc-recipients" />
        </Form.Item>
        {view.state === 'reviewed' && <Typography.Paragraph type="warning">{t('doc.backToDraft')}</Typography.Paragraph>}
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="doc-save">
          {t('doc.save')}
        </Button>
      </Form>
    </Card>
  );
}
