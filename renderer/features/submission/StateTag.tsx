import { CheckCircleOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionState } from '../../../electron/api/schemas/submission';

const LOOK = {
  draft: { color: 'default', icon: <EditOutlined /> },
  reviewed: { color: 'blue', icon: <CheckCircleOutlined /> },
  approved: { color: 'green', icon: <LockOutlined /> },
} as const;

/** The submission's state as a tag; a year without a record shows "not started". */
export function StateTag({ state }: { state: SubmissionState | null }) {
  const { t } = useTranslation('submission');
  if (!state) return <Tag data-testid="submission-state">{t('state.none')}</Tag>;
  return (
    <Tag color={LOOK[state].color} icon={LOOK[state].icon} data-testid="submission-state" data-state={state}>
      {t(`state.${state}`)}
    </Tag>
  );
}
