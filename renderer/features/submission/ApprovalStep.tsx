import { CheckOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../electron/api/schemas/submission';
import { formatDateTime } from '../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { ApproveDialog } from './ApproveDialog';
import { PreflightSummary } from './PreflightStep';
import { ReopenDialog } from './ReopenDialog';
import { StateTag } from './StateTag';
import type { Go } from './Wizard';

const who = (actor: string | null, at: string | null) => (actor ? `${actor} — ${formatDateTime(at)}` : '—');

/** Step 4: draft → reviewed → approved (locks the year); reopening with a reason; every step as History has it. */
export function ApprovalStep({ view, go }: { view: SubmissionView; go: Go }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const preflight = useApiQuery('submission.preflight', { year: view.year });
  const review = useApiMutation('submission.review');
  const [approving, setApproving] = useState(false);
  const [reopening, setReopening] = useState(false);
  return (
    <Flex vertical gap={12} data-testid="approval">
      {view.state !== 'approved' && preflight.data && <PreflightSummary result={preflight.data} />}
      <Card size="small" title={t('approval.title')} extra={<StateTag state={view.state} />}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'reviewed', label: t('approval.reviewedBy'), children: who(view.reviewedBy, view.reviewedAt) },
            { key: 'approved', label: t('approval.approvedBy'), children: who(view.approvedBy, view.approvedAt) },
            ...(view.reopenReason
              ? [{ key: 'reopen', label: t('approval.lastReopen'), children: `${view.reopenReason} (${formatDateTime(view.reopenedAt)})` }]
              : []),
          ]}
        />
        <Space style={{ marginTop: 12 }} wrap>
          {view.state === 'draft' && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              data-testid="submission-review"
              loading={review.isPending}
              onClick={() => review.mutate({ year: view.year }, { onSuccess: () => void message.success(t('approval.reviewed')), onError: (e) => void message.error(errorText(e), 6) })}
            >
              {t('approval.review')}
            </Button>
          )}
          {view.state === 'reviewed' && (
            <Button type="primary" icon={<LockOutlined />} data-testid="submission-approve" disabled={!preflight.data} onClick={() => setApproving(true)}>
              {t('approval.approve')}
            </Button>
          )}
          {view.state !== 'draft' && (
            <Button danger={view.state === 'approved'} icon={<UnlockOutlined />} data-testid="submission-reopen" onClick={() => setReopening(true)}>
              {view.state === 'approved' ? t('approval.reopen') : t('approval.returnToDraft')}
            </Button>
          )}
          {view.state === 'approved' && (
            <Button type="primary" data-testid="approval-to-export" onClick={() => go({ step: 'export' })}>
              {t('approval.toExport')}
            </Button>
          )}
        </Space>
      </Card>
      <Card size="small" title={t('approval.events')}>
        {view.events.length === 0 ? (
          <Typography.Text type="secondary">{t('approval.noEvents')}</Typography.Text>
        ) : (
          <Timeline
            data-testid="submission-events"
            items={view.events.map((e) => ({
              key: e.changeSetId,
              color: e.action === 'submission.approve' ? 'green' : e.action === 'submission.reopen' ? 'red' : 'blue',
              content: (
                <Flex vertical>
                  <Typography.Text>{e.label}</Typography.Text>
                  <Typography.Text type="secondary">{who(e.actor, e.at)}</Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
      {preflight.data && approving && <ApproveDialog year={view.year} preflight={preflight.data} open={approving} onClose={() => setApproving(false)} />}
      {reopening && <ReopenDialog year={view.year} state={view.state} open={reopening} onClose={() => setReopening(false)} />}
    </Flex>
  );
}
