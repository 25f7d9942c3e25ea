import { Alert, App, Button, Collapse, Flex, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../electron/api/schemas/app';
import type { BackupEntry } from '../../../electron/api/schemas/backups';
import { formatDateTime } from '../../../electron/api/text/format';
import { ApiError } from '../../api';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { formatSize, reasonText } from './backup-format';

/** The refusals a backup can mend: the file itself is there but cannot be used as it is. */
export const restorableRefusals = ['FILE_DAMAGED', 'FILE_NOT_OURS', 'FILE_TOO_NEW'] as const;

export function isRestorableRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && (restorableRefusals as readonly string[]).includes(error.code);
}

/**
 * Shown on the start page when a recent file was refused: why, in plain words, and, when backups of the file
 * exist, the newest usable one to restore. Only ids travel: the recent file's id and the backup's id.
 */
export function RefusedFileOffer({ recent, error, onClose }: { recent: RecentFile; error: ApiError; onClose: () => void }) {
  const { t } = useTranslation('backups');
  const errorText = useErrorText();
  const offer = useApiQuery('backups.listForRecent', { recentId: recent.id });
  const tooNew = error.code === 'FILE_TOO_NEW';

  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose, 'aria-label': t('refused.dismiss') }}
      style={{ marginTop: 24 }}
      title={t('refused.title', { name: recent.provinceName })}
      data-testid="refused-offer"
      description={
        <Flex vertical gap={8}>
          <Typography.Text>{errorText(error)}</Typography.Text>
          <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
            {recent.path}
          </Typography.Text>
          {tooNew && <Typography.Text strong>{t('refused.tooNewHint')}</Typography.Text>}
          {offer.isPending ? (
            <Spin size="small" description={t('refused.checking')}>
              <div style={{ minHeight: 32 }} />
            </Spin>
          ) : offer.isError ? (
            <Typography.Text type="danger">{errorText(offer.error)}</Typography.Text>
          ) : (
            <Choices recent={recent} backups={offer.data.backups} tooNew={tooNew} />
          )}
        </Flex>
      }
    />
  );
}

function Choices({ recent, backups, tooNew }: { recent: RecentFile; backups: BackupEntry[]; tooNew: boolean }) {
  const { t } = useTranslation('backups');
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const restore = useApiMutation('backups.restoreRecent');
  const newest = backups.find((b) => b.restorable);

  if (backups.length === 0) return <Typography.Text>{t('refused.noBackups')}</Typography.Text>;
  if (!newest) return <Typography.Text>{t('refused.noGood', { count: backups.length })}</Typography.Text>;

  const confirm = (backup: BackupEntry) => {
    void modal.confirm({
      title: t('refused.confirmTitle', { time: formatDateTime(backup.createdAt) }),
      content: tooNew ? t('refused.confirmBodyTooNew') : t('refused.confirmBody'),
      okText: t('restore'),
      cancelText: t('cancel'),
      onOk: () =>
        restore
          .mutateAsync({ recentId: recent.id, backupId: backup.id })
          .then(({ setAsideAs }) => void message.success(t('refused.restored', { name: setAsideAs }), 8))
          .catch((failure: unknown) => void message.error(errorText(failure), 8)),
    });
  };

  const others = backups.filter((b) => b !== newest);
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('refused.newest', { count: backups.length, time: formatDateTime(newest.createdAt), reason: reasonText(t, newest) })}
      </Typography.Text>
      <div>
        <Button type={tooNew ? 'default' : 'primary'} loading={restore.isPending} onClick={() => confirm(newest)} data-testid="refused-restore">
          {t('refused.restoreNewest')}
        </Button>
      </div>
      {others.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'others',
              label: t('refused.others'),
              children: (
                <List
                  size="small"
                  dataSource={others}
                  renderItem={(backup) => (
                    <List.Item
                      actions={
                        backup.restorable
                          ? [
                              <Button key="restore" size="small" type="link" disabled={restore.isPending} onClick={() => confirm(backup)}>
                                {t('refused.restoreThis')}
                              </Button>,
                            ]
                          : [<Typography.Text key="unusable" type="danger">{t('notRestorable')}</Typography.Text>]
                      }
                    >
                      {formatDateTime(backup.createdAt)} · {reasonText(t, backup)} · {formatSize(backup.sizeBytes)}
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
