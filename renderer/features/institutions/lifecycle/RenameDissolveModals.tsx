import { Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ActionModal } from './ActionModal';
import { DateItem, LegalBasisItem, shown, toIso } from './form-items';
import { fill, useLocalTexts } from './local-texts';
import type { ActionModalProps } from './MergeModal';
import { texts } from './texts';
import { useLifecycleAction } from './useLifecycleAction';

interface RenameValues {
  newName: string;
  occurredOn: Dayjs;
  legalBasis?: string;
}

export function RenameModal({ lifecycle, onClose, onDone }: ActionModalProps) {
  const tx = useLocalTexts(texts);
  const [form] = Form.useForm<RenameValues>();
  const action = useLifecycleAction('institutions.rename', onDone);
  const self = lifecycle.institution;
  const submit = (values: RenameValues) =>
    action.run(
      { id: self.id, newName: values.newName.trim(), occurredOn: toIso(values.occurredOn), legalBasis: values.legalBasis?.trim() || null },
      fill(tx.rename.confirm, { old: self.name, name: values.newName.trim(), date: shown(values.occurredOn) }),
      tx.rename.ok,
    );
  return (
    <ActionModal<RenameValues> title={tx.rename.title} okText={tx.rename.ok} testId="rename-modal" form={form} busy={action.pending} onSubmit={submit} onCancel={onClose}>
      <Form.Item label={tx.rename.current}>
        <Typography.Text>{self.name}</Typography.Text>
      </Form.Item>
      <Form.Item name="newName" label={tx.rename.newName} rules={[{ required: true, whitespace: true, message: tx.fields.required }]}>
        <Input maxLength={300} data-testid="rename-newName" />
      </Form.Item>
      <DateItem />
      <LegalBasisItem />
    </ActionModal>
  );
}

interface DissolveValues {
  occurredOn: Dayjs;
  legalBasis?: string;
}

export function DissolveModal({ lifecycle, onClose, onDone }: ActionModalProps) {
  const tx = useLocalTexts(texts);
  const [form] = Form.useForm<DissolveValues>();
  const action = useLifecycleAction('institutions.dissolve', onDone);
  const self = lifecycle.institution;
  const submit = (values: DissolveValues) =>
    action.run(
      { id: self.id, occurredOn: toIso(values.occurredOn), legalBasis: values.legalBasis?.trim() || null },
      fill(tx.dissolve.confirm, { name: self.name, date: shown(values.occurredOn) }),
      tx.dissolve.ok,
      true,
    );
  return (
    <ActionModal<DissolveValues>
      title={`${tx.dissolve.title}: ${self.name}`}
      okText={tx.dissolve.ok}
      testId="dissolve-modal"
      form={form}
      danger
      busy={action.pending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{tx.dissolve.hint}</Typography.Paragraph>
      <DateItem />
      <LegalBasisItem />
    </ActionModal>
  );
}
