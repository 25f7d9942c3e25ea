import { Checkbox, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDate } from '../../../../electron/api/text/format';
import { ActionModal } from './ActionModal';
import { DateItem, GoverningBodyInput, shown, toIso } from './form-items';
import { fill, useLocalTexts } from './local-texts';
import type { ActionModalProps } from './MergeModal';
import { texts } from './texts';
import { useLifecycleAction } from './useLifecycleAction';

interface Values {
  none: boolean;
  governingBody?: string;
  validFrom: Dayjs;
}

/** Closes the current governing body the day before and opens the new one. */
export function GoverningBodyModal({ lifecycle, onClose, onDone }: ActionModalProps) {
  const tx = useLocalTexts(texts);
  const [form] = Form.useForm<Values>();
  const none = Form.useWatch('none', form) ?? false;
  const action = useLifecycleAction('institutions.setGoverningBody', onDone);
  const self = lifecycle.institution;
  const current = lifecycle.governance.find((g) => g.validTo === null);

  const submit = (values: Values) => {
    const body = values.none ? null : (values.governingBody ?? '').trim();
    action.run(
      { id: self.id, governingBody: body, validFrom: toIso(values.validFrom) },
      fill(tx.governingBody.confirm, { name: self.name, body: body ?? tx.governingBody.none, date: shown(values.validFrom) }),
      tx.governingBody.ok,
    );
  };

  return (
    <ActionModal<Values>
      title={`${tx.governingBody.title}: ${self.name}`}
      okText={tx.governingBody.ok}
      testId="governing-body-modal"
      form={form}
      busy={action.pending}
      initialValues={{ none: false }}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{tx.governingBody.hint}</Typography.Paragraph>
      <Form.Item label={tx.governingBody.current}>
        <Typography.Text>{current ? fill(tx.governingBody.since, { body: current.governingBody, date: formatDate(current.validFrom) }) : tx.governingBody.none}</Typography.Text>
      </Form.Item>
      <Form.Item name="governingBody" label={tx.governingBody.newBody} rules={[{ required: !none, whitespace: true, message: tx.fields.required }]}>
        <GoverningBodyInput bodies={lifecycle.knownGoverningBodies} testId="governing-body-input" disabled={none} />
      </Form.Item>
      <Form.Item name="none" valuePropName="checked">
        <Checkbox>{tx.governingBody.noneFromNow}</Checkbox>
      </Form.Item>
      <DateItem name="validFrom" label={tx.governingBody.validFrom} />
    </ActionModal>
  );
}
