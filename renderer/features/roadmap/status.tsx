import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Milestone statuses (the CHECK of milestones.status) and their colours; null means nobody assessed it yet.
export const milestoneStatuses = ['planned', 'on_track', 'at_risk', 'met', 'missed'] as const;

const colours: Record<string, string> = {
  planned: 'default',
  on_track: 'processing',
  at_risk: 'warning',
  met: 'success',
  missed: 'error',
};

export function MilestoneStatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('roadmap');
  const code = status ?? 'none';
  return (
    <Tag color={colours[code] ?? 'default'} variant="outlined">
      {t(`status.${code}`, { defaultValue: code })}
    </Tag>
  );
}
