import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useLocalTexts } from './local-texts';
import { texts } from './texts';

interface Props<V> {
  title: string;
  okText: string;
  testId: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
  danger?: boolean;
  busy?: boolean;
  width?: number;
  children: ReactNode;
}

/** The frame every lifecycle action shares: a modal holding one vertical form, submitted by the OK button. */
export function ActionModal<V>({ title, okText, testId, form, initialValues, onSubmit, onCancel, danger, busy, width = 640, children }: Props<V>) {
  const tx = useLocalTexts(texts);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={tx.cancel}
      okButtonProps={{ danger, loading: busy, 'data-testid': `${testId}-ok` } as never}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={width}
      mask={{ closable: false }}
      destroyOnHidden
      data-testid={testId}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues as never} onFinish={onSubmit} requiredMark>
        {children}
      </Form>
    </Modal>
  );
}
