import { Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditedTableNames, type ChangeSetDto } from '../../../electron/api/schemas/history';
import { formatDateTime } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';

const PAGE_SIZE = 25;
const STATE_COLORS = { applied: 'green', undone: 'orange', discarded: 'default', final: 'blue' } as const;

const show = (value: unknown) => (value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));

/** Every recorded change, newest first, filterable by table, record and date; each expands to old → new values. */
export function HistoryPage() {
  const { t } = useTranslation();
  const [table, setTable] = useState<(typeof auditedTableNames)[number] | undefined>();
  const [recordId, setRecordId] = useState<number | undefined>();
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const history = useApiQuery('history.list', {
    table,
    recordId,
    from: dates?.[0]?.format('YYYY-MM-DD'),
    to: dates?.[1]?.format('YYYY-MM-DD'),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });

  return (
    <div data-testid="page-history">
      <Typography.Title level={3}>{t('history.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('history.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('history.allTables')}
            style={{ width: 240 }}
            value={table}
            onChange={(value) => (setTable(value), setPage(1))}
            options={auditedTableNames.map((name) => ({ value: name, label: name }))}
            data-testid="history-table-filter"
          />
          <Input
            allowClear
            placeholder={t('history.filterRecord')}
            style={{ width: 160 }}
            inputMode="numeric"
            onChange={(e) => {
              const n = Number.parseInt(e.target.value, 10);
              setRecordId(Number.isFinite(n) && n > 0 ? n : undefined);
              setPage(1);
            }}
          />
          <DatePicker.RangePicker format="DD/MM/YYYY" onChange={(value) => (setDates(value), setPage(1))} />
        </Space>
      </Card>
      <Table<ChangeSetDto>
        rowKey="id"
        size="small"
        loading={history.isFetching}
        dataSource={history.data?.rows ?? []}
        locale={{ emptyText: t('history.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: history.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{
          rowExpandable: (set) => set.rows.length > 0,
          expandedRowRender: (set) => (
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.table}-${r.rowId}-${r.field}-${r.op}`}
              dataSource={set.rows}
              footer={set.moreRows > 0 ? () => t('history.more', { count: set.moreRows }) : undefined}
              columns={[
                { title: t('history.record'), render: (_, r) => `${r.table} #${r.rowId}` },
                { title: t('history.what'), dataIndex: 'op', render: (op: 'insert' | 'update' | 'delete') => t(`history.ops.${op}`) },
                { title: t('history.field'), dataIndex: 'field' },
                { title: t('history.oldValue'), render: (_, r) => show(r.oldValue) },
                { title: t('history.newValue'), render: (_, r) => show(r.newValue) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('history.when'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
          { title: t('history.who'), dataIndex: 'actor', width: 140 },
          {
            title: t('history.what'),
            render: (_, set) => (
              <Space>
                {set.kind !== 'do' && <Tag>{t(`history.kind.${set.kind}`)}</Tag>}
                <span data-testid="history-label">{set.label}</span>
              </Space>
            ),
          },
          {
            title: t('history.state'),
            dataIndex: 'state',
            width: 150,
            render: (state: ChangeSetDto['state']) => <Tag color={STATE_COLORS[state]}>{t(`history.states.${state}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
