import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntryResult } from '../../../../electron/api/schemas/assessment';
import { formatNumber } from '../../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { acceptListOf, countOf, type Selection, selectAll } from './diff-selection';
import { EntryDiff } from './EntryDiff';

/** Entry workbooks: one per institution goes out; filled ones come back as a difference the planner ticks. */
export function WorkbooksTab({ year }: { year: number }) {
  const { t } = useTranslation('targets', { keyPrefix: 'workbooks' });
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 960 }}>
        {t('intro')}
      </Typography.Paragraph>
      <ExportCard year={year} />
      <ImportCard year={year} />
    </Flex>
  );
}

function ExportCard({ year }: { year: number }) {
  const { t } = useTranslation('targets', { keyPrefix: 'workbooks' });
  const { message } = App.useApp();
  const errorText = useErrorText();
  const exportWorkbooks = useApiMutation('assessment.exportEntryWorkbooks');
  const institutions = useApiQuery('assessment.grid', { year, query: { offset: 0, limit: 500 } });
  const [one, setOne] = useState<number | null>(null);
  const run = (institutionIds?: number[]) =>
    exportWorkbooks.mutate(
      { year, ...(institutionIds ? { institutionIds } : {}) },
      {
        onSuccess: (r) =>
          r.folder ? void message.success(t('exported', { count: formatNumber(r.files.length, 0), folder: r.folder }), 6) : void message.info(t('cancelled')),
        onError: (e) => void message.error(errorText(e), 6),
      },
    );
  return (
    <Card size="small" title={t('exportTitle')}>
      <Flex gap={12} wrap align="center">
        <Button type="primary" icon={<ExportOutlined />} loading={exportWorkbooks.isPending} onClick={() => run()} data-testid="export-workbooks">
          {t('exportAll', { year })}
        </Button>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={t('pickInstitution')}
          style={{ width: 380 }}
          value={one}
          onChange={setOne}
          data-testid="export-one-institution"
          options={(institutions.data?.rows ?? []).map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }))}
        />
        <Button icon={<ExportOutlined />} disabled={one === null} onClick={() => one !== null && run([one])} data-testid="export-one">
          {t('exportOne')}
        </Button>
      </Flex>
    </Card>
  );
}

function ImportCard({ year }: { year: number }) {
  const { t } = useTranslation('targets', { keyPrefix: 'workbooks' });
  const { message } = App.useApp();
  const errorText = useErrorText();
  const read = useApiMutation('assessment.importEntryWorkbooks');
  const apply = useApiMutation('assessment.applyEntryImport');
  const [result, setResult] = useState<ImportEntryResult | null>(null);
  const [selection, setSelection] = useState<Selection>(new Map());
  const [applied, setApplied] = useState<ReadonlySet<string>>(new Set());

  const readFiles = () =>
    read.mutate(
      { year },
      {
        onSuccess: (r) => {
          setResult(r.institutions.length || r.rejected.length ? r : null);
          setSelection(new Map());
          setApplied(new Set());
          if (!r.institutions.length && !r.rejected.length) void message.info(t('cancelled'));
        },
        onError: (e) => void message.error(errorText(e), 6),
      },
    );
  const take = () => {
    if (!result?.token) return;
    const accept = acceptListOf(selection);
    apply.mutate(
      { token: result.token, accept },
      {
        onSuccess: (r) => {
          const refused = new Set(r.rejected.map((x) => `${x.id}|${x.field}`));
          const taken = accept.flatMap((a) => a.indicatorCodes.map((code) => `${a.institutionId}|${code}`)).filter((key) => !refused.has(key));
          setApplied(new Set([...applied, ...taken]));
          setSelection(new Map());
          if (r.applied) void message.success(t('applied', { count: formatNumber(r.applied, 0) }), 5);
          if (r.rejected.length) void message.warning(t('notApplied', { count: r.rejected.length, first: r.rejected[0]!.message }), 8);
        },
        onError: (e) => void message.error(errorText(e), 6),
      },
    );
  };
  const count = countOf(selection);

  return (
    <Card size="small" title={t('importTitle')}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap>
          <Button icon={<ImportOutlined />} loading={read.isPending} onClick={readFiles} data-testid="import-workbooks">
            {t('import')}
          </Button>
          {result && result.institutions.length > 0 && (
            <>
              <Button onClick={() => setSelection(selectAll(result.institutions, applied))} data-testid="diff-select-all">
                {t('selectAll')}
              </Button>
              <Button type="primary" disabled={count === 0} loading={apply.isPending} onClick={take} data-testid="apply-import">
                {t('apply', { count: formatNumber(count, 0) })}
              </Button>
            </>
          )}
        </Flex>
        {result && result.rejected.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('rejectedTitle')}
            data-testid="import-rejected"
            description={<List size="small" dataSource={result.rejected} renderItem={(r) => <List.Item>{r.message}</List.Item>} />}
          />
        )}
        {result && result.institutions.length > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('diffTitle', { year: result.year ?? year })}
            </Typography.Title>
            <EntryDiff institutions={result.institutions} selection={selection} applied={applied} onChange={setSelection} />
          </>
        )}
      </Flex>
    </Card>
  );
}
