import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  busy?: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why an approved return is reopened; the reason goes to the return and to the History. */
export function ReasonModal({ open, busy, onOk, onCancel }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment.reason' });
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('title')}
      okText={t('ok')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reopen-ok' } as Record<`data-${string}`, string>}
      onOk={() => void form.validateFields().then(({ reason }) => onOk(reason.trim()))}
      onCancel={onCancel}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('label')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount placeholder={t('placeholder')} data-testid="reopen-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
