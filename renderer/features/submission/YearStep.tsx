import { Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionView, SubmissionYearRow } from '../../../electron/api/schemas/submission';
import { formatDate, formatNumber } from '../../../electron/api/text/format';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { StateTag } from './StateTag';
import type { Go } from './Wizard';

/** Step 1: the years the file can report, and opening (on first open: creating) the chosen year's report. */
export function YearStep({ year, view, yearRows, go }: { year: number; view: SubmissionView | null; yearRows: SubmissionYearRow[]; go: Go }) {
  const { t } = useTranslation('submission');
  const errorText = useErrorText();
  const open = useApiMutation('submission.open');
  const start = () => open.mutate({ year }, { onSuccess: () => go({ step: 'preflight' }) });
  return (
    <Flex vertical gap={12}>
      <Table<SubmissionYearRow>
        size="small"
        rowKey="year"
        data-testid="submission-years"
        pagination={false}
        dataSource={yearRows}
        rowClassName={(r) => (r.year === year ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => go({ year: r.year, step: 'year', section: null }), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'year', title: t('years.year'), dataIndex: 'year', width: 90 },
          { key: 'state', title: t('years.state'), render: (_, r) => <StateTag state={r.state} /> },
          { key: 'assessed', title: t('years.assessed'), align: 'right', render: (_, r) => formatNumber(r.institutionsAssessed, 0) },
          { key: 'approvedAt', title: t('years.approvedAt'), render: (_, r) => formatDate(r.approvedAt) },
          { key: 'exports', title: t('years.exports'), align: 'right', render: (_, r) => formatNumber(r.exports, 0) },
        ]}
      />
      <Card size="small" title={t('years.chosen', { year })}>
        {view ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'subject', label: t('doc.subject'), children: view.subject },
              { key: 'code', label: t('doc.number'), children: view.documentCode },
              { key: 'sections', label: t('years.sections'), children: formatNumber(view.sections.length, 0) },
            ]}
          />
        ) : (
          <Typography.Paragraph type="secondary">{t('years.notOpened', { year })}</Typography.Paragraph>
        )}
        <Button type="primary" data-testid="submission-open" loading={open.isPending} onClick={start}>
          {view ? t('years.continue', { year }) : t('years.open', { year })}
        </Button>
        {open.isError && <Typography.Paragraph type="danger">{errorText(open.error)}</Typography.Paragraph>}
      </Card>
    </Flex>
  );
}
