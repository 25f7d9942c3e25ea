import { App, Input, Modal, Radio, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionState } from '../../../electron/api/schemas/submission';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

/** Reopening needs a reason, kept on the record and in History; an approved report unlocks its year. */
export function ReopenDialog({ year, state, open, onClose }: { year: number; state: SubmissionState; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const reopen = useApiMutation('submission.reopen');
  const [reason, setReason] = useState('');
  const [toState, setToState] = useState<'reviewed' | 'draft'>(state === 'approved' ? 'reviewed' : 'draft');
  return (
    <Modal
      open={open}
      title={state === 'approved' ? t('approval.reopenTitle', { year }) : t('approval.returnTitle', { year })}
      okText={t('approval.reopenOk')}
      cancelText={t('narrative.cancel')}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'reopen-confirm' } as ButtonProps}
      confirmLoading={reopen.isPending}
      onCancel={onClose}
      onOk={() =>
        reopen.mutate(
          { year, reason, toState },
          {
            onSuccess: () => {
              void message.success(t('approval.reopened', { year }));
              setReason('');
              onClose();
            },
            onError: (error) => void message.error(errorText(error), 8),
          },
        )
      }
    >
      {state === 'approved' && <Typography.Paragraph>{t('approval.reopenText', { year })}</Typography.Paragraph>}
      <Typography.Text strong>{t('approval.reason')}</Typography.Text>
      <Input.TextArea
        data-testid="reopen-reason"
        value={reason}
        maxLength={1000}
        autoSize={{ minRows: 3, maxRows: 6 }}
        placeholder={t('approval.reasonPlaceholder')}
        onChange={(e) => setReason(e.target.value)}
      />
      {state === 'approved' && (
        <Radio.Group value={toState} onChange={(e) => setToState(e.target.value as 'reviewed' | 'draft')} style={{ marginTop: 12 }}>
          <Radio value="reviewed">{t('approval.toReviewed')}</Radio>
          <Radio value="draft">{t('approval.toDraft')}</Radio>
        </Radio.Group>
      )}
    </Modal>
  );
}
