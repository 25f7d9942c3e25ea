import { RedoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Table, Typography } from 'antd';
import type { z } from 'zod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { pastExport } from '../../../electron/api/schemas/submission-export';
import { formatDateTime } from '../../../electron/api/text/format';
import { api } from '../../api';
import { useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { JobProgress } from '../../components/JobProgress';
import { QueryView } from '../../components/QueryView';
import { FilesTable } from './FilesTable';
import { StateTag } from './StateTag';

type PastExport = z.infer<typeof pastExport>;

/** Every export kept in the file, newest first; any of them can be written again byte for byte. */
export function ExportsHistory() {
  const list = useApiQuery('submissionExport.list', {});
  return <QueryView query={list}>{(rows) => <ExportsTable rows={rows} />}</QueryView>;
}

function ExportsTable({ rows }: { rows: PastExport[] }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [running, setRunning] = useState<{ exportId: number; jobId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (rows.length === 0) return <Empty data-testid="exports-empty" description={t('history.empty')} />;
  const reexport = async (exportId: number) => {
    const jobId = crypto.randomUUID();
    setRunning({ exportId, jobId });
    setError(null);
    try {
      const done = await api.call('submissionExport.reexport', { exportId, jobId });
      if (done.folder) void message.success(t('history.reexported', { n: done.files.length, folder: done.folder }), 6);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setRunning(null);
    }
  };
  return (
    <Flex vertical gap={12}>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<PastExport>
        size="small"
        rowKey="exportId"
        data-testid="exports-history"
        pagination={false}
        dataSource={rows}
        expandable={{ expandedRowRender: (r) => <FilesTable files={r.files} testId={`export-files-${r.exportId}`} /> }}
        columns={[
          { key: 'year', title: t('history.year'), dataIndex: 'year', width: 80 },
          { key: 'at', title: t('history.exportedAt'), render: (_, r) => formatDateTime(r.exportedAt) },
          { key: 'by', title: t('history.exportedBy'), dataIndex: 'exportedBy' },
          { key: 'state', title: t('history.state'), render: (_, r) => <StateTag state={r.state} /> },
          { key: 'files', title: t('history.files'), render: (_, r) => <Typography.Text>{r.files.map((f) => f.fileName).join(', ')}</Typography.Text> },
          {
            key: 'action',
            title: '',
            width: 220,
            render: (_, r) =>
              running?.exportId === r.exportId ? (
                <JobProgress jobId={running.jobId} testId="reexport-progress" />
              ) : (
                <Button size="small" icon={<RedoOutlined />} disabled={running !== null} data-testid={`reexport-${r.exportId}`} onClick={() => void reexport(r.exportId)}>
                  {t('history.reexport')}
                </Button>
              ),
          },
        ]}
      />
    </Flex>
  );
}
