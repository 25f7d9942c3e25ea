import { FolderOpenOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPackagesResult, PackagePreview } from '../../../electron/api/schemas/consolidation';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { DataGrid } from '../../components/DataGrid';
import { JobProgress } from '../../components/JobProgress';
import { checkColumns } from './columns';

/**
 * Step one on the ministry's side: choose package files, see each verified or rejected with its reason, and import
 * the valid ones as one undoable change. Verification runs as a job (progress bar, Cancel); nothing is written
 * before "Import".
 */
export function OpenPackages() {
  const { t } = useTranslation('consolidation');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const importing = useApiMutation('consolidation.importPackages');
  const [jobId, setJobId] = useState<string | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [imported, setImported] = useState<ImportPackagesResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const columns = useMemo(() => checkColumns(t), [t]);
  const valid = preview?.files.filter((f) => f.ok).length ?? 0;

  const open = async () => {
    const id = crypto.randomUUID();
    setJobId(id);
    setError(null);
    setImported(null);
    try {
      const result = await api.call('consolidation.previewPackages', { jobId: id });
      if (result.token) setPreview(result);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setJobId(null);
    }
  };

  const doImport = async () => {
    if (!preview?.token) return;
    setError(null);
    try {
      const result = await importing.mutateAsync({ token: preview.token });
      setImported(result);
      void message.success(t('open.imported', { n: result.imported.length }));
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <Card size="small" title={t('open.title')} data-testid="consolidation-open">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('open.hint')}</Typography.Text>
        {jobId ? (
          <JobProgress jobId={jobId} testId="consolidation-progress" />
        ) : (
          <Flex gap={8} wrap>
            <Button icon={<FolderOpenOutlined />} type={preview && !imported ? 'default' : 'primary'} onClick={() => void open()} data-testid="consolidation-choose">
              {t('open.choose')}
            </Button>
            {preview && !imported && (
              <>
                <Button
                  type="primary"
                  icon={<ImportOutlined />}
                  disabled={valid === 0}
                  loading={importing.isPending}
                  onClick={() => void doImport()}
                  data-testid="consolidation-import"
                >
                  {t('open.import', { n: valid })}
                </Button>
                <Button onClick={() => setPreview(null)} data-testid="consolidation-discard">
                  {t('open.discard')}
                </Button>
              </>
            )}
          </Flex>
        )}
        {error && <Alert type="error" showIcon title={error} data-testid="consolidation-error" />}
        {imported && (
          <Alert
            type="success"
            showIcon
            data-testid="consolidation-imported"
            title={t('open.imported', { n: imported.imported.length })}
            description={imported.rejected.map((r) => r.message).join(' ') || undefined}
          />
        )}
        {preview && (
          <>
            <Typography.Text strong data-testid="consolidation-summary">
              {t('open.summary', { ok: valid, rejected: preview.files.length - valid })}
            </Typography.Text>
            {valid === 0 && <Alert type="warning" showIcon title={t('open.nothingValid')} />}
            <DataGrid mode="client" testId="consolidation-checks" ariaLabel={t('open.grid')} columns={columns} rows={preview.files} getRowId={(r) => String(r.index)} />
          </>
        )}
      </Flex>
    </Card>
  );
}
