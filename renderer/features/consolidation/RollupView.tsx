import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rollup } from '../../../electron/api/schemas/consolidation';
import { api } from '../../api';
import { useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { JobProgress } from '../../components/JobProgress';
import { QueryView } from '../../components/QueryView';
import { RollupTabs } from './RollupTabs';

/** The national roll-up of a year chosen among the years the file has packages for, and its summary workbook. */
export function RollupView() {
  const { t } = useTranslation('consolidation');
  const list = useApiQuery('consolidation.list', {});
  const years = list.data?.years ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : (years[0] ?? null);
  const rollup = useApiQuery('consolidation.rollup', { year: year ?? 2025 }, { enabled: year !== null });

  return (
    <Card
      size="small"
      title={t('rollup.title')}
      data-testid="consolidation-rollup"
      extra={
        year !== null && (
          <Flex gap={8} align="center">
            <span>{t('rollup.year')}</span>
            <Select size="small" style={{ width: 100 }} value={year} onChange={setChosen} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="rollup-year" />
          </Flex>
        )
      }
    >
      {year === null ? (
        <Typography.Text type="secondary">{t('rollup.noYears')}</Typography.Text>
      ) : (
        <QueryView query={rollup}>{(data) => <RollupBody rollup={data} />}</QueryView>
      )}
    </Card>
  );
}

function RollupBody({ rollup }: { rollup: Rollup }) {
  const { t } = useTranslation('consolidation');
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text data-testid="rollup-summary">
          {t('rollup.packages', { n: rollup.packageCount, missing: rollup.missingUnits.length })}
        </Typography.Text>
        <ExportSummary year={rollup.year} />
      </Flex>
      {rollup.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} data-testid="rollup-warning" />
      ))}
      <RollupTabs rollup={rollup} />
    </Flex>
  );
}

function ExportSummary({ year }: { year: number }) {
  const { t } = useTranslation('consolidation');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [jobId, setJobId] = useState<string | null>(null);
  const run = async () => {
    const id = crypto.randomUUID();
    setJobId(id);
    try {
      const { file } = await api.call('consolidation.exportSummary', { year, jobId: id });
      if (file) void message.success(t('rollup.exported', { file }));
    } catch (failure) {
      void message.error(errorText(failure));
    } finally {
      setJobId(null);
    }
  };
  return jobId ? (
    <div style={{ minWidth: 320 }}>
      <JobProgress jobId={jobId} testId="summary-progress" />
    </div>
  ) : (
    <Button icon={<FileExcelOutlined />} onClick={() => void run()} data-testid="rollup-export">
      {t('rollup.export')}
    </Button>
  );
}

