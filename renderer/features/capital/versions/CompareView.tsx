import { Card, Empty, Flex, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareResult, PlanVersionRow } from '../../../../electron/api/schemas/capital';
import { formatMillions } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import type { Period } from '../view';

type Measure = 'planned' | 'adjusted' | 'allocated' | 'disbursed' | 'mediumTerm';
const MEASURES: Measure[] = ['allocated', 'planned', 'adjusted', 'disbursed', 'mediumTerm'];
const CURRENT = 0;

/** A difference in red (less) or green (more); the row of a changed project is highlighted. */
function Diff({ value }: { value: number }) {
  if (value === 0) return <span>0</span>;
  return <Typography.Text type={value < 0 ? 'danger' : 'success'} strong>{`${value > 0 ? '+' : ''}${formatMillions(value)}`}</Typography.Text>;
}

export function CompareView({ versions, period }: { versions: PlanVersionRow[]; period: Period }) {
  const { t } = useTranslation('capital');
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number>(CURRENT);
  const [measure, setMeasure] = useState<Measure>('allocated');
  const [only, setOnly] = useState(true);
  const first = a ?? versions.at(-1)?.id ?? null;
  const ready = first !== null;
  const years = measure === 'mediumTerm' ? {} : { fromYear: period.startYear, toYear: period.endYear };
  const diff = useApiQuery(
    'capital.compareVersions',
    { a: first === CURRENT ? null : first, b: b === CURRENT ? null : b, measure, onlyDifferences: only, ...years },
    { enabled: ready },
  );
  const options = [{ value: CURRENT, label: t('versions.current') }, ...versions.map((v) => ({ value: v.id, label: v.name }))];
  return (
    <Card size="small" title={t('versions.compare')}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <span>{t('versions.a')}</span>
        <Select data-testid="capital-compare-a" value={first ?? undefined} onChange={setA} options={options} style={{ width: 200 }} />
        <span>{t('versions.b')}</span>
        <Select data-testid="capital-compare-b" value={b} onChange={setB} options={options} style={{ width: 200 }} />
        <span>{t('versions.measure')}</span>
        <Select<Measure>
          data-testid="capital-compare-measure"
          value={measure}
          onChange={setMeasure}
          options={MEASURES.map((m) => ({ value: m, label: m === 'mediumTerm' ? t('versions.mediumTerm') : t(`measure.${m}`) }))}
          style={{ width: 220 }}
        />
        <Space>
          <Switch data-testid="capital-compare-only" checked={only} onChange={setOnly} />
          {t('versions.onlyDifferences')}
        </Space>
      </Flex>
      {!ready ? <Empty description={t('versions.none')} /> : diff.data ? <CompareTables result={diff.data} /> : null}
    </Card>
  );
}

function CompareTables({ result }: { result: CompareResult }) {
  const { t } = useTranslation('capital');
  const money = (n: number) => formatMillions(n);
  const pair = [
    { title: 'A', dataIndex: 'aDong', align: 'right' as const, width: 130, render: money },
    { title: 'B', dataIndex: 'bDong', align: 'right' as const, width: 130, render: money },
    { title: t('versions.diff'), dataIndex: 'diffDong', align: 'right' as const, width: 150, render: (v: number) => <Diff value={v} /> },
  ];
  return (
    <Flex vertical gap={12}>
      <Table
        data-testid="capital-compare-sources"
        size="small"
        rowKey="sourceCode"
        pagination={false}
        dataSource={[...result.bySource, { sourceCode: t('totalRow'), ...result.total }]}
        rowClassName={(r) => (r.diffDong !== 0 ? 'capital-diff-row' : '')}
        onRow={(r) => ({ style: r.diffDong !== 0 ? { background: '#fff7e6' } : {} })}
        columns={[{ title: t('versions.bySource'), dataIndex: 'sourceCode' }, ...pair]}
      />
      {result.byProject.length === 0 ? (
        <Empty description={t('versions.noDifference')} data-testid="capital-compare-empty" />
      ) : (
        <Table
          data-testid="capital-compare-projects"
          size="small"
          rowKey={(r) => `${r.projectId}|${r.sourceCode}`}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          dataSource={result.byProject}
          onRow={(r) => ({ style: Object.keys(r.changed).length ? { background: '#fff7e6' } : {}, 'data-changed': Object.keys(r.changed).length > 0 } as never)}
          columns={[
            { title: t('columns.projectCode'), dataIndex: 'projectCode', width: 120 },
            { title: t('columns.projectName'), dataIndex: 'projectName', ellipsis: true },
            { title: t('columns.source'), dataIndex: 'sourceCode', width: 72 },
            ...pair,
            {
              title: t('versions.changed'),
              key: 'changed',
              render: (_: unknown, r: CompareResult['byProject'][number]) =>
                Object.entries(r.changed)
                  .map(([col, [x, y]]) => `${col}: ${money(x)} → ${money(y)}`)
                  .join('; '),
            },
          ]}
        />
      )}
    </Flex>
  );
}
