import { Alert, Button, Flex, Radio, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIssue } from '../../../../electron/api/schemas/capital';
import { formatDate, formatPercent } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { QueryView } from '../../../components/QueryView';
import type { OnDrill } from '../view';
import { englishIssueText } from './issue-text';

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'default' } as const;

/** Every capital check in one list, filtered by kind; a row opens the annual grid on its project. */
export function ChecksTab({ year, onDrill, kind: linked = null }: { year: number; onDrill: OnDrill; kind?: string | null }) {
  const { t } = useTranslation('capital');
  const checks = useApiQuery('capital.checks', { year });
  // A link may open the list on one kind (#/capital?tab=checks&kind=fundingGap); a kind with no issue shows them all.
  const [chosen, setKind] = useState<string>(linked ?? 'all');
  return (
    <QueryView query={checks}>
      {(data) => {
        const kind = chosen === 'all' || data.counts[chosen] ? chosen : 'all';
        const shown = kind === 'all' ? data.issues : data.issues.filter((i) => i.kind === kind);
        return (
          <Flex vertical gap={12}>
            <Typography.Text type="secondary" data-testid="capital-checks-pace">
              {t('checks.asOf', { date: formatDate(data.asOf), share: formatPercent(data.expectedPaceShare * 100) })}
            </Typography.Text>
            <Radio.Group
              data-testid="capital-checks-kind"
              size="small"
              optionType="button"
              value={kind}
              onChange={(e) => setKind(String(e.target.value))}
              options={[
                { value: 'all', label: `${t('checks.all')} (${data.issues.length})` },
                ...Object.entries(data.counts).map(([k, n]) => ({ value: k, label: `${t(`checks.kind.${k}`)} (${n})` })),
              ]}
              style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6 }}
            />
            {kind === 'priority' && <Alert type="info" showIcon title={t('checks.priorityRule')} />}
            <IssueTable issues={shown} year={year} onDrill={onDrill} />
          </Flex>
        );
      }}
    </QueryView>
  );
}

function IssueTable({ issues, year, onDrill }: { issues: CheckIssue[]; year: number; onDrill: OnDrill }) {
  const { t, i18n } = useTranslation('capital');
  const english = i18n.language === 'en';
  const columns = useMemo(
    () => [
      { title: t('checks.columns.severity'), dataIndex: 'severity', width: 90, render: (s: CheckIssue['severity']) => <Tag color={SEVERITY_COLOR[s]}>{t(`checks.severity.${s}`)}</Tag> },
      { title: t('checks.columns.kind'), dataIndex: 'kind', width: 190, render: (k: string) => t(`checks.kind.${k}`) },
      { title: t('checks.columns.project'), key: 'project', width: 240, render: (_: unknown, i: CheckIssue) => <span title={i.projectName}>{i.projectCode} — {i.projectName}</span>, ellipsis: true },
      { title: t('checks.columns.source'), dataIndex: 'sourceCode', width: 72 },
      { title: t('checks.columns.year'), dataIndex: 'year', width: 64 },
      { title: t('checks.columns.message'), key: 'message', render: (_: unknown, i: CheckIssue) => (english ? englishIssueText(i) : i.message) },
      {
        title: '',
        key: 'open',
        width: 130,
        render: (_: unknown, i: CheckIssue) => (
          <Button
            size="small"
            type="link"
            data-testid={`capital-check-open-${i.projectCode}`}
            onClick={() =>
              onDrill({
                filters: { projectId: [i.projectId], ...(i.sourceCode ? { sourceCode: [i.sourceCode] } : {}) },
                label: i.projectCode,
                measure: i.kind === 'paceBehind' ? 'disbursed' : 'allocated',
                year: i.year ?? year,
              })
            }
          >
            {t('checks.open')}
          </Button>
        ),
      },
    ],
    [t, onDrill, year, english],
  );
  return (
    <Table<CheckIssue>
      data-testid="capital-checks"
      size="small"
      rowKey={(i) => `${i.kind}|${i.projectId}|${i.sourceCode}|${i.year}|${i.message}`}
      columns={columns}
      dataSource={issues}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t('checks.empty') }}
    />
  );
}
