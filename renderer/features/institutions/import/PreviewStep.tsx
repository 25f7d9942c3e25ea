import { Alert, Collapse, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ImportField, ImportPreview, ImportRow, ImportRowStatus } from '../../../../electron/api/schemas/institution-import';
import { formatNumber } from '../../../../electron/api/text/format';
import { useReference } from '../../../components/useReference';
import { fill, useLocalTexts } from '../lifecycle/local-texts';
import { problemLines } from './problem-lines';
import { texts } from './texts';

interface Props {
  preview: ImportPreview;
  selected: number[];
  onSelected: (rows: number[]) => void;
}

const STATUS_COLOR: Record<ImportRowStatus, string> = { new: 'green', update: 'blue', unchanged: 'default', invalid: 'red' };
type Filter = 'all' | ImportRowStatus;

/** Every row with its match and problems; valid rows can be chosen, rows with errors cannot. */
export function PreviewStep({ preview, selected, onSelected }: Props) {
  const tx = useLocalTexts(texts);
  const { name } = useReference();
  const [filter, setFilter] = useState<Filter>('all');
  const lines = useMemo(() => problemLines(preview, tx), [preview, tx]);
  const rows = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter);
  const show = (field: ImportField, value: string | number | null | undefined): string => {
    if (value === null || value === undefined) return '∅';
    if (field === 'typeCode') return name('institutionTypes', String(value));
    if (field === 'ownershipCode') return name('ownershipKinds', String(value));
    return typeof value === 'number' && field !== 'foundedYear' ? formatNumber(value, 0) : String(value);
  };
  const c = preview.counts;

  return (
    <Flex vertical gap={12} data-testid="import-step-preview">
      <Typography.Text data-testid="import-counts">{fill(tx.preview.counts, c)}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['all', 'new', 'update', 'unchanged', 'invalid'] as Filter[]).map((f) => ({
            value: f,
            label: `${tx.preview.filter[f]} (${f === 'all' ? c.rows : c[f]})`,
          }))}
        />
        <Typography.Text type="secondary">{fill(tx.preview.selected, { count: selected.length })}</Typography.Text>
      </Flex>
      <Table<ImportRow>
        data-testid="import-preview-table"
        size="small"
        rowKey="rowNumber"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ y: 300 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => onSelected(keys.map(Number)),
          getCheckboxProps: (row) => ({ disabled: row.status === 'invalid' }),
        }}
        columns={[
          { title: tx.preview.row, dataIndex: 'rowNumber', width: 64 },
          {
            title: tx.preview.state,
            width: 100,
            render: (_, row) => (
              <Tag color={STATUS_COLOR[row.status]} data-testid={`import-status-${row.rowNumber}`}>
                {tx.preview.status[row.status]}
              </Tag>
            ),
          },
          { title: tx.fields.code, width: 110, ellipsis: true, render: (_, row) => row.values.code ?? row.match?.code ?? '' },
          { title: tx.fields.name, width: 260, ellipsis: true, render: (_, row) => row.values.name ?? row.match?.name ?? '' },
          { title: tx.fields.typeCode, width: 150, ellipsis: true, render: (_, row) => (row.values.typeCode ? show('typeCode', row.values.typeCode) : '') },
          {
            title: tx.preview.matched,
            width: 170,
            render: (_, row) => (row.match ? `${row.match.code} (${row.match.by === 'code' ? tx.preview.byCode : tx.preview.byName})` : ''),
          },
          {
            title: tx.preview.details,
            render: (_, row) => (
              <Flex vertical>
                {row.differences.map((d) => (
                  <Typography.Text key={d.field} style={{ fontSize: 12 }}>
                    {tx.fields[d.field]}: {show(d.field, d.from)} → {show(d.field, d.to)}
                  </Typography.Text>
                ))}
                {row.problems.map((p, i) => (
                  <Typography.Text key={i} type={p.severity === 'error' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                    {p.column ? `${p.column}: ` : ''}
                    {p.message}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {c.rows === 0 && <Alert type="warning" showIcon title={tx.preview.nothing} />}
      {(lines.errors.length > 0 || lines.warnings.length > 0 || preview.skipped.length > 0) && (
        <Collapse
          size="small"
          data-testid="import-problems"
          items={[
            ...(lines.errors.length
              ? [{ key: 'errors', label: `${tx.preview.errors} — ${lines.errors.length}`, children: <LineList lines={lines.errors.map((l) => l.text)} danger /> }]
              : []),
            ...(lines.warnings.length
              ? [{ key: 'warnings', label: `${tx.preview.warnings} — ${lines.warnings.length}`, children: <LineList lines={lines.warnings.map((l) => l.text)} /> }]
              : []),
            ...(preview.skipped.length
              ? [
                  {
                    key: 'skipped',
                    label: fill(tx.preview.skipped, { count: preview.skipped.length }),
                    children: <LineList lines={preview.skipped.map((s) => fill(tx.preview.skippedLine, { row: s.rowNumber, reason: s.reason }))} />,
                  },
                ]
              : []),
          ]}
          defaultActiveKey={lines.errors.length ? ['errors'] : []}
        />
      )}
    </Flex>
  );
}

function LineList({ lines, danger = false }: { lines: string[]; danger?: boolean }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}>
      {lines.map((line, i) => (
        <li key={i} style={{ color: danger ? '#b91c1c' : undefined }}>
          {line}
        </li>
      ))}
    </ul>
  );
}
