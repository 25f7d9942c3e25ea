import { HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../electron/api/schemas/backups';
import { formatDateTime } from '../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { formatSize, reasonText } from './backup-format';

/** The open file's backups (newest first) with restore, and "save a copy as" for archiving or moving the file. */
export function BackupsPage() {
  const { t } = useTranslation('backups');
  const list = useApiQuery('backups.list', {});
  return (
    <Page name="backups" title={t('title')} intro={t('intro')}>
      <QueryView query={list}>
        {(data) => (
          <Flex vertical gap={16}>
            {data.automaticError && <Alert type="warning" showIcon title={t('automaticFailed')} description={data.automaticError} />}
            <FileCard file={data.file} folder={data.folder} />
            <BackupTable backups={data.backups} refreshing={list.isFetching} />
          </Flex>
        )}
      </QueryView>
    </Page>
  );
}

function FileCard({ file, folder }: { file: string; folder: string }) {
  const { t } = useTranslation('backups');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = useApiMutation('backups.saveCopyAs');
  const saveCopy = () =>
    save.mutate(
      {},
      {
        onSuccess: ({ saved }) => void (saved ? message.success(t('saved', { path: saved.path }), 6) : message.info(t('cancelled'))),
        onError: (error) => void message.error(errorText(error), 8),
      },
    );
  return (
    <Card size="small">
      <Flex justify="space-between" align="start" gap={24} wrap>
        <Descriptions column={1} size="small" style={{ flex: '1 1 480px' }}>
          <Descriptions.Item label={t('file')}>
            <Typography.Text style={{ wordBreak: 'break-all' }}>{file}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('folder')}>
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {folder}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Flex vertical gap={4} style={{ maxWidth: 360 }}>
          <Button icon={<SaveOutlined />} loading={save.isPending} onClick={saveCopy} data-testid="save-copy">
            {t('saveCopy')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('saveCopyHint')}
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}

function BackupTable({ backups, refreshing }: { backups: BackupEntry[]; refreshing: boolean }) {
  const { t } = useTranslation('backups');
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const restore = useApiMutation('backups.restore');

  const confirmRestore = (backup: BackupEntry) => {
    const time = formatDateTime(backup.createdAt);
    void modal.confirm({
      title: t('confirmTitle', { time }),
      content: t('confirmBody'),
      icon: <HistoryOutlined />,
      okText: t('restore'),
      cancelText: t('cancel'),
      // Resolving (not rejecting) keeps the dialog from staying open on failure; the error is shown as a message.
      onOk: () =>
        restore
          .mutateAsync({ id: backup.id })
          .then(() => void message.success(t('restored', { time }), 6))
          .catch((error: unknown) => void message.error(errorText(error), 8)),
    });
  };

  const columns: ColumnsType<BackupEntry> = [
    { title: t('columns.createdAt'), dataIndex: 'createdAt', width: 150, render: (value: string) => formatDateTime(value) },
    { title: t('columns.reason'), key: 'reason', render: (_, backup) => reasonText(t, backup) },
    { title: t('columns.province'), dataIndex: 'provinceName', render: (value: string | null) => value ?? '—' },
    { title: t('columns.size'), dataIndex: 'sizeBytes', width: 110, align: 'right', render: (value: number) => formatSize(value) },
    { title: t('columns.schemaVersion'), dataIndex: 'schemaVersion', width: 90, align: 'center', render: (value: number | null) => (value === null ? '—' : `v${value}`) },
    {
      key: 'actions',
      width: 150,
      align: 'right',
      render: (_, backup) =>
        backup.restorable ? (
          <Button size="small" onClick={() => confirmRestore(backup)} disabled={restore.isPending} data-testid="backup-restore" data-backup-id={backup.id}>
            {t('restore')}
          </Button>
        ) : (
          <Tooltip title={t('notRestorableHint')}>
            <Tag color="red">{t('notRestorable')}</Tag>
          </Tooltip>
        ),
    },
  ];

  return (
    <Spin spinning={restore.isPending} description={t('restoring')}>
      <Table<BackupEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={backups}
        loading={refreshing && !restore.isPending}
        pagination={backups.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('empty') }}
        data-testid="backups-table"
      />
    </Spin>
  );
}
