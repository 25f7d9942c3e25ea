import { App, Button, Form, Modal, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFields } from '../../../electron/api/schemas/profile';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { PredecessorsField, type PredecessorValue, predecessorsToInput } from '../settings/PredecessorsField';
import { ProfileFieldsForm, type ProfileStep } from '../settings/ProfileFieldsForm';

const DEFAULTS: Partial<ProfileFields> = {
  owningDepartment: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  owningDepartmentCode: 'SGDĐT',
  recipientMinistry: 'Bộ Giáo dục và Đào tạo',
  recipientDepartment: 'Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên',
  signingAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: '',
  documentCode: 'BC-SGDĐT',
};

interface WizardValues extends ProfileFields {
  predecessors?: PredecessorValue[];
}

const STEPS: ProfileStep[] = ['province', 'agencies'];

/** A short wizard: province, predecessor provinces after the 2025 merger, agencies; then the host asks where to save. */
export function NewProvinceWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [step, setStep] = useState(0);
  const [form] = Form.useForm<WizardValues>();
  const create = useApiMutation('file.createProvince');

  const fieldsOfStep: Record<number, (keyof WizardValues)[]> = {
    0: ['name', 'placeName', 'superiorBody'],
    1: ['predecessors'],
    2: ['owningDepartment', 'owningDepartmentCode', 'recipientMinistry', 'recipientDepartment', 'signerName', 'signerTitle', 'signingAuthority', 'documentCode'],
  };

  const next = async () => {
    await form.validateFields(fieldsOfStep[step] as never);
    setStep((s) => s + 1);
  };

  const finish = async () => {
    await form.validateFields();
    const { predecessors = [], ...profile } = form.getFieldsValue(true) as WizardValues;
    create.mutate(
      {
        profile: { ...DEFAULTS, ...profile } as ProfileFields,
        predecessors: predecessorsToInput(predecessors),
      },
      {
        onSuccess: ({ opened }) => (opened ? onClose() : void message.info(t('start.cancelled'))),
        onError: (error) => void message.error(errorText(error), 6),
      },
    );
  };

  return (
    <Modal open={open} title={t('wizard.title')} onCancel={onClose} width={720} footer={null} destroyOnHidden>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[{ title: t('wizard.stepProvince') }, { title: t('wizard.stepPredecessors') }, { title: t('wizard.stepAgencies') }]}
      />
      <Form form={form} layout="vertical" initialValues={DEFAULTS} preserve>
        <div hidden={step !== 0}>
          <ProfileFieldsForm step={STEPS[0]!} />
        </div>
        <div hidden={step !== 1}>
          <Typography.Paragraph type="secondary">{t('wizard.predecessorsHint')}</Typography.Paragraph>
          <PredecessorsField emptyText={t('wizard.noPredecessors')} />
        </div>
        <div hidden={step !== 2}>
          <ProfileFieldsForm step={STEPS[1]!} />
        </div>
      </Form>
      <Space style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }}>
        {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('wizard.back')}</Button>}
        {step < 2 ? (
          <Button type="primary" onClick={() => void next()} data-testid="wizard-next">
            {t('wizard.next')}
          </Button>
        ) : (
          <Button type="primary" loading={create.isPending} onClick={() => void finish()} data-testid="wizard-create">
            {t('wizard.create')}
          </Button>
        )}
      </Space>
    </Modal>
  );
}
