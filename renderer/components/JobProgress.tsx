import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useJobProgress } from '../app/useJobProgress';

/**
 * The bar of one running job with its Cancel button. Cancel asks the services to stop at the next step; the call
 * that started the job then ends with CANCELLED and nothing half-written is left in place.
 */
export function JobProgress({ jobId, testId = 'job-progress' }: { jobId: string; testId?: string }) {
  const { t } = useTranslation();
  const progress = useJobProgress(jobId);
  const percent = progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0;
  return (
    <Flex vertical gap={4} data-testid={testId}>
      <Flex gap={8} align="center">
        <Progress percent={percent} status="active" style={{ flex: 1, margin: 0 }} />
        <Button size="small" data-testid={`${testId}-cancel`} onClick={() => void api.call('jobs.cancel', { jobId })}>
          {t('job.cancel')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{progress?.label ?? t('job.starting')}</Typography.Text>
    </Flex>
  );
}
