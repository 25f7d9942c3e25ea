import { Alert, App, Button, Descriptions, Divider, Drawer, Empty, Flex, Popconfirm, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MilestoneDetail } from '../../../electron/api/schemas/roadmap';
import { formatDate } from '../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { QueryView } from '../../components/QueryView';
import { RolloverForm } from './RolloverForm';
import { DerivedStatusTag, MilestoneStatusTag } from './status';
import { useWhen } from './useWhen';

/** One milestone: its derived status and why, the hand-set status, its link, the roll-over form and history. */
export function MilestoneDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const detail = useApiQuery('roadmap.getMilestone', { id: id ?? 0 }, { enabled: id !== null });
  const title = detail.data && detail.data.id === id ? detail.data.title : '';
  return (
    <Drawer open={id !== null} size={640} onClose={onClose} title={title} destroyOnHidden data-testid="milestone-detail">
      {id !== null && <QueryView query={detail}>{(data) => (data.id === id ? <MilestoneView detail={data} onClose={onClose} /> : null)}</QueryView>}
    </Drawer>
  );
}

function MilestoneView({ detail, onClose }: { detail: MilestoneDetail; onClose: () => void }) {
  const { t } = useTranslation('roadmap');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const when = useWhen();
  const remove = useApiMutation('roadmap.deleteMilestone');
  const deleteMilestone = async () => {
    try {
      await remove.mutateAsync({ id: detail.id });
      onClose();
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  const alertType = detail.derivedStatus === 'missed' ? 'error' : detail.derivedStatus === 'at_risk' ? 'warning' : detail.derivedStatus === 'met' ? 'success' : 'info';
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <DerivedStatusTag status={detail.derivedStatus} source={detail.derivedSource} testId="milestone-derived-status" />
        {detail.lockedReason && <Typography.Text type="secondary">{t('detail.locked')}</Typography.Text>}
      </Flex>
      <Alert type={alertType} showIcon title={detail.derivedReason} data-testid="milestone-derived-reason" />
      {detail.lockedReason && <Alert type="info" showIcon title={detail.lockedReason} />}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('detail.when')}>
          <span data-testid="milestone-when">{when(detail.year, detail.quarter)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.owner')}>{detail.owner}</Descriptions.Item>
        <Descriptions.Item label={t('detail.link')}>
          <Flex gap={8} align="center" wrap>
            <span>{detail.linkLabel}</span>
            {detail.projectId !== null && (
              <Button size="small" data-testid="milestone-open-project" onClick={() => void navigate(`/projects?project=${detail.projectId}`)}>
                {t('detail.openProject')}
              </Button>
            )}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.hand')}>
          <MilestoneStatusTag status={detail.status} />
          {detail.statusNote && <Typography.Text type="secondary"> {detail.statusNote}</Typography.Text>}
        </Descriptions.Item>
        {detail.notes && <Descriptions.Item label={t('detail.notes')}>{detail.notes}</Descriptions.Item>}
      </Descriptions>
      <Divider titlePlacement="start" style={{ margin: '8px 0' }}>
        {t('rollover.title')}
      </Divider>
      {detail.derivedStatus === 'met' ? <Typography.Text type="secondary">{t('rollover.metRefused')}</Typography.Text> : <RolloverForm detail={detail} />}
      <Divider titlePlacement="start" style={{ margin: '8px 0' }}>
        {t('detail.history')}
      </Divider>
      {detail.rolloverHistory.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />
      ) : (
        <Timeline
          data-testid="milestone-history"
          items={detail.rolloverHistory.map((r) => ({
            key: r.id,
            content: (
              <>
                <Typography.Text strong>{t('detail.historyItem', { from: when(r.fromYear, r.fromQuarter), to: when(r.toYear, r.toQuarter), date: formatDate(r.rolledOn) })}</Typography.Text>
                <div>{r.reason}</div>
              </>
            ),
          }))}
        />
      )}
      <Flex justify="end">
        <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => void deleteMilestone()}>
          <Button danger data-testid="milestone-delete" loading={remove.isPending} disabled={detail.lockedReason !== null}>
            {t('detail.delete')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
