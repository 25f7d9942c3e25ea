import { App, Checkbox, List, Modal, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightResult } from '../../../electron/api/schemas/submission';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

/** Approval: the approver reads the warnings and confirms; the year's data is then locked. */
export function ApproveDialog({ year, preflight, open, onClose }: { year: number; preflight: PreflightResult; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const approve = useApiMutation('submission.approve');
  const [read, setRead] = useState(false);
  const warnings = preflight.checks.filter((c) => c.severity === 'warning');
  const blocked = preflight.blocking > 0;
  return (
    <Modal
      open={open}
      title={t('approval.approveTitle', { year })}
      okText={t('approval.approveOk')}
      cancelText={t('narrative.cancel')}
      okButtonProps={{ disabled: blocked || (warnings.length > 0 && !read), 'data-testid': 'approve-confirm' } as ButtonProps}
      confirmLoading={approve.isPending}
      onCancel={onClose}
      onOk={() =>
        approve.mutate(
          { year, acknowledgedWarnings: warnings.map((w) => w.code) },
          {
            onSuccess: () => {
              void message.success(t('approval.approved', { year }));
              onClose();
            },
            onError: (error) => void message.error(errorText(error), 8),
          },
        )
      }
    >
      <Typography.Paragraph>{t('approval.approveText', { year })}</Typography.Paragraph>
      {blocked && <Typography.Paragraph type="danger">{t('approval.blocked')}</Typography.Paragraph>}
      {warnings.length > 0 && (
        <>
          <List
            size="small"
            bordered
            dataSource={warnings}
            renderItem={(w) => (
              <List.Item>
                <Tag color="gold">{formatNumber(w.count, 0)}</Tag>
                {w.title}
              </List.Item>
            )}
          />
          <Checkbox checked={read} onChange={(e) => setRead(e.target.checked)} data-testid="approve-acknowledge" style={{ marginTop: 12 }}>
            {t('approval.acknowledge', { n: warnings.length })}
          </Checkbox>
        </>
      )}
    </Modal>
  );
}
