import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentState } from '../../../../electron/api/schemas/assessment';
import { useApiMutation } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { ReasonModal } from './ReasonModal';

interface Props {
  year: number;
  institutionIds: number[];
  state: 'none' | AssessmentState;
  hasFigures: boolean;
}

/** The moves a return can make from its state: Gửi, Phê duyệt, Trả lại, Mở lại… (with a reason). */
export function StateActions({ year, institutionIds, state, hasFigures }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const { message } = App.useApp();
  const errorText = useErrorText();
  const setState = useApiMutation('assessment.setState');
  const [asking, setAsking] = useState(false);

  const move = (to: AssessmentState, reason?: string) =>
    setState.mutate(
      { year, institutionIds, state: to, ...(reason ? { reason } : {}) },
      {
        onSuccess: (result) => {
          setAsking(false);
          if (result.changed.length) void message.success(t('actions.done', { count: result.changed.length, state: t(`state.${to}`) }));
          if (result.skipped.length) void message.warning(t('actions.skipped', { reasons: result.skipped.map((s) => s.message).join('; ') }), 6);
        },
        onError: (error) => void message.error(errorText(error), 6),
      },
    );

  const busy = setState.isPending;
  return (
    <Space wrap>
      {(state === 'none' || state === 'draft') && (
        <Button onClick={() => move('submitted')} loading={busy} data-testid="state-submit">
          {t('actions.submit')}
        </Button>
      )}
      {(state === 'draft' || state === 'submitted') && (
        <Button type="primary" onClick={() => move('approved')} loading={busy} disabled={!hasFigures} data-testid="state-approve">
          {t('actions.approve')}
        </Button>
      )}
      {state === 'submitted' && (
        <Button onClick={() => move('draft')} loading={busy} data-testid="state-return">
          {t('actions.return')}
        </Button>
      )}
      {state === 'approved' && (
        <Button danger onClick={() => setAsking(true)} loading={busy} data-testid="state-reopen">
          {t('actions.reopen')}
        </Button>
      )}
      <ReasonModal open={asking} busy={busy} onOk={(reason) => move('draft', reason)} onCancel={() => setAsking(false)} />
    </Space>
  );
}
