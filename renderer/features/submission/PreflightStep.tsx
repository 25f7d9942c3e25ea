import { ArrowRightOutlined, CheckCircleTwoTone } from '@ant-design/icons';
import { Alert, Button, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CheckLink, PreflightCheck, PreflightResult } from '../../../electron/api/schemas/submission';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { QueryView } from '../../components/QueryView';
import { pathOf } from './links';
import type { Go } from './Wizard';

/** Step 2: what the year still lacks, blocking first, each with a link to where it is fixed. */
export function PreflightStep({ year }: { year: number; go: Go }) {
  const checks = useApiQuery('submission.preflight', { year });
  return <QueryView query={checks}>{(data) => <PreflightList result={data} />}</QueryView>;
}

export function PreflightSummary({ result }: { result: PreflightResult }) {
  const { t } = useTranslation('submission');
  if (result.checks.length === 0) return <Alert type="success" showIcon data-testid="preflight-summary" title={t('preflight.allClear')} />;
  return (
    <Alert
      type={result.blocking ? 'error' : 'warning'}
      showIcon
      data-testid="preflight-summary"
      title={result.blocking ? t('preflight.blockingSummary', { n: result.blocking, w: result.warnings }) : t('preflight.warningSummary', { w: result.warnings })}
      description={result.blocking ? t('preflight.blockingHint') : t('preflight.warningHint')}
    />
  );
}

function FixLink({ link, label }: { link: CheckLink; label?: string }) {
  const { t } = useTranslation('submission');
  const navigate = useNavigate();
  return (
    <Button size="small" type="link" icon={<ArrowRightOutlined />} data-testid="preflight-fix" data-path={pathOf(link)} onClick={() => void navigate(pathOf(link))}>
      {label ?? t('preflight.fix')}
    </Button>
  );
}

function CheckBody({ check }: { check: PreflightCheck }) {
  const { t } = useTranslation('submission');
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text>{check.message}</Typography.Text>
        <FixLink link={check.link} label={t('preflight.openAll')} />
      </Flex>
      <List
        size="small"
        bordered
        dataSource={check.items}
        renderItem={(item) => (
          <List.Item actions={[<FixLink key="fix" link={item.link} />]}>
            <Flex gap={12} wrap style={{ flex: 1 }}>
              <Typography.Text strong>{item.label}</Typography.Text>
              <Typography.Text type="secondary">{item.message}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {check.count > check.items.length && <Typography.Text type="secondary">{t('preflight.more', { n: formatNumber(check.count - check.items.length, 0) })}</Typography.Text>}
    </Flex>
  );
}

function PreflightList({ result }: { result: PreflightResult }) {
  const { t } = useTranslation('submission');
  return (
    <Flex vertical gap={12} data-testid="preflight">
      <PreflightSummary result={result} />
      {result.checks.length === 0 ? (
        <Flex gap={8} align="center">
          <CheckCircleTwoTone twoToneColor="#52c41a" />
          <Typography.Text>{t('preflight.nothing')}</Typography.Text>
        </Flex>
      ) : (
        <Collapse
          defaultActiveKey={result.checks.filter((c) => c.severity === 'blocking').map((c) => c.code)}
          items={result.checks.map((check) => ({
            key: check.code,
            label: (
              <Flex gap={8} align="center" data-testid={`check-${check.code}`} data-severity={check.severity}>
                <Tag color={check.severity === 'blocking' ? 'red' : 'gold'}>{t(`preflight.${check.severity}`)}</Tag>
                <Typography.Text strong>{check.title}</Typography.Text>
                <Tag>{formatNumber(check.count, 0)}</Tag>
              </Flex>
            ),
            children: <CheckBody check={check} />,
          }))}
        />
      )}
    </Flex>
  );
}
