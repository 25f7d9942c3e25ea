import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../electron/api/schemas/submission';
import { formatDateTime } from '../../../electron/api/text/format';
import type { Go } from './Wizard';

/** Step 6: where the year's submission stands, and where to look next. */
export function DoneStep({ view, go }: { view: SubmissionView; go: Go }) {
  const { t } = useTranslation('submission');
  const approved = view.state === 'approved';
  return (
    <Result
      data-testid="submission-done"
      status={approved ? 'success' : 'info'}
      title={approved ? t('done.approvedTitle', { year: view.year }) : t('done.notApprovedTitle', { year: view.year })}
      subTitle={approved ? t('done.approvedText', { who: view.approvedBy, when: formatDateTime(view.approvedAt) }) : t('done.notApprovedText')}
      extra={
        <Space>
          <Button onClick={() => go({ tab: 'history' })}>{t('done.history')}</Button>
          <Button onClick={() => go({ tab: 'compare' })}>{t('done.compare', { previous: view.year - 1 })}</Button>
          {!approved && (
            <Button type="primary" onClick={() => go({ step: 'approval' })}>
              {t('done.toApproval')}
            </Button>
          )}
        </Space>
      }
    />
  );
}
