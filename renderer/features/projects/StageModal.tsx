import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StageEvent } from '../../../electron/api/schemas/projects';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import type { ProjectChoices } from './columns';

interface Values {
  stageCode: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  issuingBody?: string;
  note?: string;
  makeCurrent: boolean;
}

/** Records a new step or edits a step's legal basis; a missing number, date or body is saved and warned about. */
export function StageModal({ projectId, event, choices, onClose }: { projectId: number; event: StageEvent | null; choices: ProjectChoices; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const record = useApiMutation('projects.recordStage');
  const update = useApiMutation('projects.updateStage');
  const stageName = (code: string) => choices.stages.find((s) => s.value === code)?.label ?? code;
  const submit = async () => {
    const v = await form.validateFields();
    const basis = {
      decisionNumber: v.decisionNumber?.trim() || null,
      decisionDate: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : null,
      issuingBody: v.issuingBody?.trim() || null,
      note: v.note?.trim() || null,
    };
    try {
      const saved = event ? await update.mutateAsync({ id: event.id, patch: basis }) : await record.mutateAsync({ projectId, stageCode: v.stageCode, makeCurrent: v.makeCurrent, ...basis });
      if (saved.warnings.length) void message.warning(t('stage.warned', { warning: saved.warnings.join(' ') }), 6);
      onClose();
    } catch (error) {
      void message.error(errorText(error), 5);
    }
  };
  return (
    <Modal
      open
      title={event ? t('stage.editTitle', { stage: stageName(event.stageCode) }) : t('stage.addTitle')}
      okText={t('stage.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={record.isPending || update.isPending}
      data-testid="project-stage-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          stageCode: event?.stageCode,
          decisionNumber: event?.decisionNumber ?? '',
          decisionDate: event?.decisionDate ? dayjs(event.decisionDate) : null,
          issuingBody: event?.issuingBody ?? '',
          note: event?.note ?? '',
          makeCurrent: true,
        }}
      >
        {!event && (
          <Form.Item name="stageCode" label={t('stage.stage')} rules={[{ required: true }]}>
            <Select data-testid="stage-code" options={choices.stages.map((s) => ({ value: String(s.value), label: s.label }))} />
          </Form.Item>
        )}
        <Form.Item name="decisionNumber" label={t('stage.number')}>
          <Input data-testid="stage-number" maxLength={100} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('stage.date')}>
          <DatePicker data-testid="stage-date" format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="issuingBody" label={t('stage.body')}>
          <Input data-testid="stage-body" maxLength={300} />
        </Form.Item>
        <Form.Item name="note" label={t('stage.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {!event && (
          <Form.Item name="makeCurrent" valuePropName="checked">
            <Checkbox>{t('stage.makeCurrent')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
