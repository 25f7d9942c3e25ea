import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAskedTexts } from './asked-fields';

export type ProfileStep = 'province' | 'agencies';

const REQUIRED = new Set(['name', 'placeName', 'superiorBody', 'owningDepartment', 'owningDepartmentCode', 'recipientMinistry', 'recipientDepartment']);

const FIELDS: Record<ProfileStep, string[]> = {
  province: ['name', 'placeName', 'superiorBody'],
  agencies: ['owningDepartment', 'owningDepartmentCode', 'recipientMinistry', 'recipientDepartment', 'signerName', 'signerTitle', 'signingAuthority', 'documentCode'],
};

const NONE: readonly string[] = [];

/**
 * The profile fields, shared by the new-province wizard and Settings so both validate the same way. Fields a link
 * asks for (`asked`) are marked amber, with what they are needed for, until they hold a value.
 */
export function ProfileFieldsForm({ step, asked = NONE }: { step: ProfileStep; asked?: readonly string[] }) {
  const { t } = useTranslation();
  const texts = useAskedTexts();
  const form = Form.useFormInstance();
  const values = Form.useWatch((all: Record<string, unknown>) => all, form) as Record<string, unknown> | undefined;
  const wanted = (name: string) => asked.includes(name) && !String(values?.[name] ?? '').trim();
  return (
    <>
      {FIELDS[step].map((name) => (
        <Form.Item
          key={name}
          name={name}
          label={t(`profile.${name}`)}
          extra={name === 'placeName' ? t('profile.placeNameHint') : undefined}
          rules={REQUIRED.has(name) ? [{ required: true, whitespace: true, message: t('profile.required') }] : []}
          {...(wanted(name) ? { validateStatus: 'warning' as const, help: texts.needed, className: 'profile-asked' } : {})}
        >
          <Input data-testid={`profile-${name}`} />
        </Form.Item>
      ))}
      {step === 'agencies' && <Typography.Paragraph type="secondary">{t('profile.recipientDefault')}</Typography.Paragraph>}
    </>
  );
}
