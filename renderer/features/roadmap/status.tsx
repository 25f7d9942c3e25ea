import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

// Milestone statuses (the CHECK of milestones.status) and their colours; null means nobody assessed it yet.
export const milestoneStatuses = ['planned', 'on_track', 'at_risk', 'met', 'missed'] as const;

/** Derived statuses in the order a planner scans them (trouble first), then "no status". */
export const derivedStatusOrder = ['missed', 'at_risk', 'on_track', 'met', 'none'] as const;

const colours: Record<string, string> = {
  planned: 'default',
  on_track: 'processing',
  at_risk: 'warning',
  met: 'success',
  missed: 'error',
};

/** The same statuses as chart colours (timeline markers), close to antd's tag colours. */
export const statusHex: Record<string, string> = {
  on_track: '#1f5fa8',
  at_risk: '#e3a33b',
  met: '#52a36b',
  missed: '#d0604d',
  none: '#8c8c8c',
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

/** A derived status with where it comes from; the reason shows on hover. */
export function DerivedStatusTag({ status, source, reason, testId }: { status: string | null; source: string; reason?: string; testId?: string }) {
  const { t } = useTranslation('roadmap');
  const code = status ?? 'none';
  const tag = (
    <Tag color={colours[code] ?? 'default'} data-testid={testId} data-status={code}>
      {t(`status.${code}`)} · {t(`source.${source}`)}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
