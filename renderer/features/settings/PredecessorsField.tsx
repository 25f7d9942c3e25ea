import { Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface PredecessorValue {
  name: string;
  mergedOn: Dayjs | null;
}

/** Converts the form's list to the contract's shape: names trimmed, blank rows dropped, dates ISO. */
export function predecessorsToInput(list: PredecessorValue[] | undefined) {
  return (list ?? [])
    .filter((p) => p?.name?.trim())
    .map((p) => ({ name: p.name.trim(), mergedOn: p.mergedOn ? p.mergedOn.format('YYYY-MM-DD') : null }));
}

/** The provinces merged into this one (Resolution 202/2025/QH15), as an editable list inside a profile form. */
export function PredecessorsField({ emptyText }: { emptyText?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name="predecessors">
      {(fields, { add, remove }) => (
        <div style={{ marginTop: 8 }}>
          {fields.length === 0 && emptyText && <Typography.Paragraph>{emptyText}</Typography.Paragraph>}
          {fields.map((field) => (
            <Space key={field.key} align="baseline">
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: t('profile.required') }]}>
                <Input placeholder={t('profile.predecessorName')} />
              </Form.Item>
              <Form.Item name={[field.name, 'mergedOn']}>
                <DatePicker format="DD/MM/YYYY" placeholder={t('profile.mergedOn')} />
              </Form.Item>
              <Button type="link" onClick={() => remove(field.name)} aria-label={t('common.remove')}>
                ✕
              </Button>
            </Space>
          ))}
          <Button onClick={() => add({ name: '', mergedOn: null })}>{t('wizard.addPredecessor')}</Button>
        </div>
      )}
    </Form.List>
  );
}
