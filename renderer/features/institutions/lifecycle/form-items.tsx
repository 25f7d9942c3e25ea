import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { foldVietnamese } from '../../../../electron/api/text/vietnamese';
import { useReference } from '../../../components/useReference';
import { useLocalTexts } from './local-texts';
import { texts } from './texts';

/** dd/mm/yyyy on screen, ISO on the wire. */
export const toIso = (date: Dayjs) => date.format('YYYY-MM-DD');
export const shown = (date: Dayjs) => date.format('DD/MM/YYYY');

const matches = (input: string, option?: { label?: unknown; value?: unknown }) =>
  foldVietnamese(String(option?.label ?? option?.value ?? '')).includes(foldVietnamese(input));

export function DateItem({ name = 'occurredOn', label }: { name?: string; label?: string }) {
  const tx = useLocalTexts(texts);
  return (
    <Form.Item name={name} label={label ?? tx.fields.occurredOn} rules={[{ required: true, message: tx.fields.required }]}>
      <DatePicker format="DD/MM/YYYY" placeholder={tx.fields.datePlaceholder} data-testid={`lifecycle-${name}`} style={{ width: 180 }} />
    </Form.Item>
  );
}

export function LegalBasisItem() {
  const tx = useLocalTexts(texts);
  return (
    <Form.Item name="legalBasis" label={tx.fields.legalBasis}>
      <Input placeholder={tx.fields.legalBasisPlaceholder} maxLength={500} data-testid="lifecycle-legalBasis" />
    </Form.Item>
  );
}

export function GoverningBodyInput({
  bodies,
  testId,
  ...rest
}: {
  bodies: string[];
  testId?: string;
  value?: string;
  onChange?: (v: string) => void;
  disabled?: boolean;
}) {
  return <AutoComplete {...rest} data-testid={testId} options={bodies.map((b) => ({ value: b }))} showSearch={{ filterOption: matches }} maxLength={300} />;
}

export interface NewInstitutionValues {
  code: string;
  name: string;
  typeCode: string;
  ownershipCode: string;
  commune?: string;
  governingBody?: string;
}

/** Code, name, type, ownership, commune and governing body of an institution a merger or split creates. */
export function NewInstitutionFields({ path, bodies, testId }: { path: (string | number)[]; bodies: string[]; testId: string }) {
  const tx = useLocalTexts(texts);
  const { data, label } = useReference();
  const required = [{ required: true, whitespace: true, message: tx.fields.required }];
  const options = (list: { code: string; nameVi: string; nameEn: string }[] | undefined) => (list ?? []).map((i) => ({ value: i.code, label: label(i) }));
  // Compact: two or three of these sit in one dialog.
  const item = { style: { marginBottom: 12 } };
  return (
    <Row gutter={12}>
      <Col span={7}>
        <Form.Item {...item} name={[...path, 'code']} label={tx.fields.code} rules={required}>
          <Input maxLength={50} data-testid={`${testId}-code`} />
        </Form.Item>
      </Col>
      <Col span={17}>
        <Form.Item {...item} name={[...path, 'name']} label={tx.fields.name} rules={required}>
          <Input maxLength={300} data-testid={`${testId}-name`} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item} name={[...path, 'typeCode']} label={tx.fields.type} rules={required}>
          <Select options={options(data?.institutionTypes)} showSearch={{ filterOption: matches }} data-testid={`${testId}-type`} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item} name={[...path, 'ownershipCode']} label={tx.fields.ownership} rules={required}>
          <Select options={options(data?.ownershipKinds)} showSearch={{ filterOption: matches }} data-testid={`${testId}-ownership`} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item {...item} name={[...path, 'commune']} label={tx.fields.commune}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...item} name={[...path, 'governingBody']} label={tx.fields.governingBody}>
          <GoverningBodyInput bodies={bodies} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The contract's shape: trimmed, blanks dropped. */
export function newInstitutionInput(values: NewInstitutionValues) {
  const optional = (text: string | undefined) => (text && text.trim() ? text.trim() : null);
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    typeCode: values.typeCode,
    ownershipCode: values.ownershipCode,
    commune: optional(values.commune),
    governingBody: optional(values.governingBody),
  };
}
