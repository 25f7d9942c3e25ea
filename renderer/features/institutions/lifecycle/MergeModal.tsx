import { Checkbox, Form, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { InstitutionLifecycle } from '../../../../electron/api/schemas/institution-lifecycle';
import { ActionModal } from './ActionModal';
import { DateItem, LegalBasisItem, NewInstitutionFields, type NewInstitutionValues, newInstitutionInput, shown, toIso } from './form-items';
import { InstitutionPicker, type PickedInstitution } from './InstitutionPicker';
import { fill, useLocalTexts } from './local-texts';
import { texts } from './texts';
import { useLifecycleAction } from './useLifecycleAction';

interface Values {
  mode: 'existing' | 'new';
  sources: PickedInstitution[];
  target?: PickedInstitution | null;
  newInstitution?: NewInstitutionValues;
  occurredOn: Dayjs;
  legalBasis?: string;
  addCounts: boolean;
}

export interface ActionModalProps {
  lifecycle: InstitutionLifecycle;
  onClose: () => void;
  onDone: () => void;
}

const names = (list: PickedInstitution[]) => list.map((i) => i.label).join('; ');

/** Sáp nhập into an existing institution, or hợp nhất of several into a new one. */
export function MergeModal({ lifecycle, onClose, onDone }: ActionModalProps) {
  const tx = useLocalTexts(texts);
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'existing';
  const sources = Form.useWatch('sources', form) ?? [];
  const action = useLifecycleAction('institutions.merge', onDone);
  const self = lifecycle.institution;

  const submit = (values: Values) => {
    const date = shown(values.occurredOn);
    const common = {
      sourceIds: values.sources.map((s) => s.value),
      occurredOn: toIso(values.occurredOn),
      legalBasis: values.legalBasis?.trim() || null,
      addCounts: values.addCounts,
    };
    if (values.mode === 'existing') {
      const target = values.target!;
      action.run(
        { ...common, into: { existingId: target.value } },
        fill(tx.merge.confirmExisting, { sources: names(values.sources), target: target.label, date }),
        tx.merge.ok,
      );
    } else {
      const created = newInstitutionInput(values.newInstitution!);
      action.run(
        { ...common, into: { newInstitution: created } },
        fill(tx.merge.confirmNew, { sources: names(values.sources), target: `${created.code} — ${created.name}`, date }),
        tx.merge.ok,
      );
    }
  };

  return (
    <ActionModal<Values>
      title={tx.merge.title}
      okText={tx.merge.ok}
      testId="merge-modal"
      form={form}
      width={720}
      busy={action.pending}
      initialValues={{ mode: 'existing', sources: [{ value: self.id, label: `${self.code} — ${self.name}` }], addCounts: true }}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{tx.merge.hint}</Typography.Paragraph>
      <Form.Item name="mode" label={tx.merge.mode}>
        <Radio.Group
          data-testid="merge-mode"
          options={[
            { value: 'existing', label: tx.merge.intoExisting },
            { value: 'new', label: tx.merge.intoNew },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="sources"
        label={tx.merge.sources}
        rules={[
          { required: true, message: tx.fields.required },
          { validator: async (_, value: PickedInstitution[] | undefined) => (mode === 'new' && (value?.length ?? 0) < 2 ? Promise.reject(new Error(tx.merge.needTwo)) : undefined) },
        ]}
      >
        <InstitutionPicker multiple testId="merge-sources" />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item
          name="target"
          label={tx.merge.target}
          dependencies={['sources']}
          rules={[
            { required: true, message: tx.fields.required },
            {
              validator: async (_, value: PickedInstitution | null | undefined) =>
                value && sources.some((s) => s.value === value.value) ? Promise.reject(new Error(tx.merge.notItself)) : undefined,
            },
          ]}
        >
          <InstitutionPicker exclude={sources.map((s) => s.value)} testId="merge-target" />
        </Form.Item>
      ) : (
        <>
          <Typography.Text strong>{tx.merge.newInstitution}</Typography.Text>
          <NewInstitutionFields path={['newInstitution']} bodies={lifecycle.knownGoverningBodies} testId="merge-new" />
        </>
      )}
      <DateItem />
      <LegalBasisItem />
      <Form.Item name="addCounts" valuePropName="checked">
        <Checkbox data-testid="merge-add-counts">{tx.merge.addCounts}</Checkbox>
      </Form.Item>
    </ActionModal>
  );
}
