import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ActionModal } from './ActionModal';
import { DateItem, LegalBasisItem, NewInstitutionFields, type NewInstitutionValues, newInstitutionInput, shown, toIso } from './form-items';
import { fill, useLocalTexts } from './local-texts';
import type { ActionModalProps } from './MergeModal';
import { texts } from './texts';
import { useLifecycleAction } from './useLifecycleAction';

interface Values {
  results: NewInstitutionValues[];
  occurredOn: Dayjs;
  legalBasis?: string;
}

/** One institution becomes two or more new ones. */
export function SplitModal({ lifecycle, onClose, onDone }: ActionModalProps) {
  const tx = useLocalTexts(texts);
  const [form] = Form.useForm<Values>();
  const action = useLifecycleAction('institutions.split', onDone);
  const self = lifecycle.institution;
  const blank = { code: '', name: '', typeCode: self.typeCode, ownershipCode: self.ownershipCode };

  const submit = (values: Values) =>
    action.run(
      {
        sourceId: self.id,
        results: values.results.map(newInstitutionInput),
        occurredOn: toIso(values.occurredOn),
        legalBasis: values.legalBasis?.trim() || null,
      },
      fill(tx.split.confirm, { name: self.name, count: values.results.length, date: shown(values.occurredOn) }),
      tx.split.ok,
    );

  return (
    <ActionModal<Values>
      title={`${tx.split.title}: ${self.name}`}
      okText={tx.split.ok}
      testId="split-modal"
      form={form}
      width={760}
      busy={action.pending}
      initialValues={{ results: [blank, blank] }}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{tx.split.hint}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={8}>
          <DateItem />
        </Col>
        <Col span={16}>
          <LegalBasisItem />
        </Col>
      </Row>
      <Typography.Text strong>{tx.split.results}</Typography.Text>
      <Form.List name="results">
        {(fields, { add, remove }) => (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '8px 0 16px' }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`${tx.split.result} ${index + 1}`}
                extra={
                  fields.length > 2 && (
                    <Button type="text" size="small" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                      {tx.split.remove}
                    </Button>
                  )
                }
              >
                <NewInstitutionFields path={[field.name]} bodies={lifecycle.knownGoverningBodies} testId={`split-result-${index}`} />
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(blank)} disabled={fields.length >= 20} style={{ alignSelf: 'flex-start' }}>
              {tx.split.add}
            </Button>
          </div>
        )}
      </Form.List>
    </ActionModal>
  );
}
