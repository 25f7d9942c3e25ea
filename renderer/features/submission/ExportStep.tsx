import { ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../../../electron/api/schemas/submission';
import { formatNumber } from '../../../electron/api/text/format';
import { api } from '../../api';
import { useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { JobProgress } from '../../components/JobProgress';
import { FilesTable, type FileRow } from './FilesTable';

/**
 * Step 5: the four files (report .docx and .pdf, appendix .xlsx, data package) written to a folder the user picks,
 * as a job with a progress bar and Cancel. Every export is kept in the file and listed under "Exports".
 */
export function ExportStep({ view }: { view: SubmissionView }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const preview = useApiQuery('submissionExport.preview', { year: view.year });
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<{ folder: string; files: FileRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const written = useRef<HTMLDivElement>(null);
  // The written files are the answer the planner waits for: bring them into view.
  useEffect(() => {
    if (result) written.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [result]);

  const run = async () => {
    const id = crypto.randomUUID();
    setJobId(id);
    setError(null);
    try {
      const done = await api.call('submissionExport.export', { year: view.year, jobId: id });
      if (done.folder) {
        setResult({ folder: done.folder, files: done.files });
        void message.success(t('export.done', { n: done.files.length }));
      }
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setJobId(null);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="export-step">
      {view.state !== 'approved' && <Alert type="info" showIcon title={t('export.draftNote')} />}
      {preview.data && (
        <Card size="small" title={t('export.previewTitle')}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'number', label: t('doc.number'), children: preview.data.numberLine },
              { key: 'place', label: t('export.placeDate'), children: preview.data.placeDateLine },
              { key: 'sections', label: t('export.sections'), children: preview.data.sections.map((s) => s.title).join(' · ') },
              { key: 'tables', label: t('export.tables'), children: preview.data.tables.join(' · ') || '—' },
              { key: 'charts', label: t('export.charts'), children: preview.data.charts.join(' · ') || '—' },
              { key: 'pages', label: t('export.pages'), children: formatNumber(preview.data.pageEstimate, 0) },
            ]}
          />
        </Card>
      )}
      <Card size="small" title={t('export.title')}>
        <Typography.Paragraph type="secondary">{t('export.hint')}</Typography.Paragraph>
        {jobId ? (
          <JobProgress jobId={jobId} testId="export-progress" />
        ) : (
          <Button type="primary" icon={<ExportOutlined />} data-testid="export-run" onClick={() => void run()}>
            {t('export.run', { year: view.year })}
          </Button>
        )}
        {error && <Alert type="error" showIcon style={{ marginTop: 12 }} data-testid="export-error" title={error} />}
      </Card>
      {result && (
        <div ref={written}>
          <Card size="small" title={t('export.written', { folder: result.folder })}>
            <FilesTable files={result.files} />
          </Card>
        </div>
      )}
    </Flex>
  );
}
