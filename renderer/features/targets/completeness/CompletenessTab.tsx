import { Alert, Button, Card, Col, Flex, List, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../../electron/api/schemas/assessment';
import { formatNumber } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { QueryView } from '../../../components/QueryView';
import { useReference } from '../../../components/useReference';

interface Props {
  year: number;
  /** Opens the institution's return, with the named indicator's cell in focus. */
  onOpen: (institutionId: number, indicatorCode: string | null) => void;
}

/** What the year still lacks: institutions that have not reported, empty indicators, figures to check. */
export function CompletenessTab({ year, onOpen }: Props) {
  const query = useApiQuery('assessment.completeness', { year });
  return <QueryView query={query}>{(data) => <CompletenessView data={data} onOpen={onOpen} />}</QueryView>;
}

function CompletenessView({ data, onOpen }: { data: Completeness; onOpen: Props['onOpen'] }) {
  const { t } = useTranslation('targets');
  const { name } = useReference();
  const indicator = (code: string) => name('indicators', code);
  const open = (id: number, code: string | null, testId: string) => (
    <Button size="small" type="link" onClick={() => onOpen(id, code)} data-testid={testId}>
      {t('completeness.open')}
    </Button>
  );
  const done = data.notReported.length + data.missing.length + data.outsideLimits.length === 0;
  return (
    <Flex vertical gap={16} data-testid="completeness">
      <Row gutter={12}>
        <Col span={4}>
          <Card size="small">
            <Statistic title={t('completeness.institutions')} value={formatNumber(data.institutionsInYear, 0)} />
          </Card>
        </Col>
        {(['none', 'draft', 'submitted', 'approved'] as const).map((state) => (
          <Col span={5} key={state}>
            <Card size="small">
              <Statistic title={t(`assessment.state.${state}`)} value={formatNumber(data.byState[state] ?? 0, 0)} />
            </Card>
          </Col>
        ))}
      </Row>
      {done && <Alert type="success" showIcon title={t('completeness.allDone')} />}
      <Row gutter={12}>
        <Col span={8}>
          <Section title={t('completeness.notReported')} count={data.notReported.length} testId="completeness-not-reported">
            {data.notReported.map((r) => (
              <List.Item key={r.institutionId} actions={[open(r.institutionId, null, `open-${r.code}`)]}>
                <List.Item.Meta title={`${r.code} — ${r.name}`} />
              </List.Item>
            ))}
          </Section>
        </Col>
        <Col span={8}>
          <Section title={t('completeness.missing')} count={data.missing.length} testId="completeness-missing">
            {data.missing.map((r) => (
              <List.Item key={r.institutionId} actions={[open(r.institutionId, r.indicatorCodes[0] ?? null, `open-${r.code}`)]}>
                <List.Item.Meta
                  title={`${r.code} — ${r.name}`}
                  description={
                    <Flex wrap gap={4}>
                      <Tag>{t('completeness.missingCount', { count: r.indicatorCodes.length })}</Tag>
                      {r.indicatorCodes.slice(0, 4).map((code) => (
                        <Typography.Link key={code} onClick={() => onOpen(r.institutionId, code)} style={{ fontSize: 12 }}>
                          {indicator(code)}
                        </Typography.Link>
                      ))}
                    </Flex>
                  }
                />
              </List.Item>
            ))}
          </Section>
        </Col>
        <Col span={8}>
          <Section title={t('completeness.outsideLimits')} count={data.outsideLimits.length} testId="completeness-outside">
            {data.outsideLimits.map((r) => (
              <List.Item key={`${r.institutionId}-${r.indicatorCode}`} actions={[open(r.institutionId, r.indicatorCode, `open-${r.code}-${r.indicatorCode}`)]}>
                <List.Item.Meta
                  title={`${r.code} — ${indicator(r.indicatorCode)}`}
                  description={<Typography.Text type="warning">{r.message}</Typography.Text>}
                />
              </List.Item>
            ))}
          </Section>
        </Col>
      </Row>
    </Flex>
  );
}

function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  const { t } = useTranslation('targets');
  return (
    <Card size="small" title={`${title} (${formatNumber(count, 0)})`} data-testid={testId} styles={{ body: { maxHeight: 520, overflow: 'auto' } }}>
      {count === 0 ? <Typography.Text type="secondary">{t('completeness.none')}</Typography.Text> : <List size="small">{children}</List>}
    </Card>
  );
}
