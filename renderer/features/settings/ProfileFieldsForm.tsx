import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type ProfileStep = 'province' | 'agencies';

const REQUIRED = new Set(['name', 'placeName', 'superiorBody', 'owningDepartment', 'owningDepartmentCode', 'recipientMinistry', 'recipientDepartment']);

const FIELDS: Record<ProfileStep, string[]> = {
  province: ['name', 'placeName', 'superiorBody'],
  agencies: ['owningDepartment', 'owningDepartmentCode', 'recipientMinistry', 'recipientDepartment', 'signerName', 'signerTitle', 'signingAuthority', 'documentCode'],
};

/** The profile fields, shared by the new-province wizard and Settings so both validate the same way. */
export function ProfileFieldsForm({ step }: { step: ProfileStep }) {
  const { t } = useTranslation();
  return (
    <>
      {FIELDS[step].map((name) => (
        <Form.Item
          key={name}
          name={name}
          label={t(`profile.${name}`)}
          extra={name === 'placeName' ? t('profile.placeNameHint') : undefined}
          rules={REQUIRED.has(name) ? [{ required: true, whitespace: true, message: t('profile.required') }] : []}
        >
          <Input data-testid={`profile-${name}`} />
        </Form.Item>
      ))}
      {step === 'agencies' && <Typography.Paragraph type="secondary">{t('profile.recipientDefault')}</Typography.Paragraph>}
    </>
  );
}
