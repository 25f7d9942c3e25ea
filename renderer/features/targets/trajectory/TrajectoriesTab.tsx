import { Alert, Card, Col, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Trajectories, Trajectory } from '../../../../electron/api/schemas/dashboard';
import { formatNumber, formatPercent } from '../../../../electron/api/text/format';
import { useApiQuery } from '../../../app/api-hooks';
import { Chart } from '../../../components/Chart';
import { QueryView } from '../../../components/QueryView';
import { useLabel } from '../../../i18n/useLabel';
import { trajectoryOption } from './chart-options';
import { TargetSelect } from '../TargetSelect';
import { IntroWithApprovedOnly } from '../IntroWithApprovedOnly';

/** The plain sentence of a trajectory's 2030 flag ("Dự báo 2030: 72% — không đạt chỉ tiêu quốc gia 100%"). */
export function flagText(t: Trajectory, tr: TFunction): string {
  if (t.projection.value === null) return tr('noProjection');
  if (t.target2030.percent === null || t.target2030.scope === null || !t.flag) return tr('no2030');
  const words = { projected: formatPercent(t.projection.value, 1), target: formatPercent(t.target2030.percent, 1), scope: tr(`scope.${t.target2030.scope}`) };
  return t.flag.misses ? tr('flagMiss', words) : tr('flagMeet', words);
}

const matches = (t: Trajectory, id: number) => t.targetId === id || t.national?.targetId === id || t.provincial?.targetId === id;

/** Per target: national and provincial targets, the province's attainment and its projection to 2030, with flags. */
export function TrajectoriesTab() {
  const { t } = useTranslation('overview', { keyPrefix: 'trajectory' });
  const [approvedOnly, setApprovedOnly] = useState(false);
  const query = useApiQuery('dashboard.targetTrajectories', { approvedOnly });
  return (
    <Flex vertical gap={12} data-testid="trajectories">
      <IntroWithApprovedOnly intro={t('intro')} label={t('approvedOnly')} approvedOnly={approvedOnly} onChange={setApprovedOnly} testId="trajectory-approved-only" maxWidth={960} />
      <QueryView query={query}>{(data) => <TrajectoriesView data={data} />}</QueryView>
    </Flex>
  );
}

function TrajectoriesView({ data }: { data: Trajectories }) {
  const { t } = useTranslation('overview', { keyPrefix: 'trajectory' });
  const label = useLabel();
  const [params] = useSearchParams();
  const asked = Number(params.get('target'));
  const [chosen, setChosen] = useState<number | null>(() => data.targets.find((x) => matches(x, asked))?.targetId ?? null);
  // The first flagged target leads when none is asked for: it is the one to look at.
  const shown = data.targets.find((x) => x.targetId === chosen) ?? data.targets.find((x) => x.flag?.misses) ?? data.targets[0];
  const labels = useMemo(() => ({ actual: t('series.actual'), national: t('series.national'), provincial: t('series.provincial'), projected: t('series.projected') }), [t]);
  const option = useMemo(() => (shown ? trajectoryOption(shown, labels) : null), [shown, labels]);
  if (!shown || !option) return <Empty description={t('empty')} />;
  const misses = data.targets.filter((x) => x.flag?.misses).length;
  const p = shown.projection;
  const basis =
    p.method === 'linear'
      ? t('basisLinear', { years: p.basisYears.join(', '), slope: `${(p.slopePerYear ?? 0) >= 0 ? '+' : ''}${formatNumber(p.slopePerYear, 1)}` })
      : p.method === 'carried'
        ? t('basisCarried', { year: p.basisYears[0] })
        : t('basisNone');
  const title = `${shown.code} — ${label(shown)}`;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={t('target')}
          extra={
<TargetSelect targets={data.targets} value={shown.targetId} onChange={setChosen} testId="trajectory-target" ariaLabel={t('target')} width={420} />
          }
        >
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          <Alert
            type={shown.flag?.misses ? 'error' : shown.flag ? 'success' : 'info'}
            showIcon
            data-testid="trajectory-flag"
            title={flagText(shown, t)}
            description={basis}
            style={{ marginBottom: 8 }}
          />
          <Chart testId="trajectory-chart" ariaLabel={t('chartLabel', { code: shown.code })} title={title} option={option} height={340} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('interpolated')}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small" title={t('flagsTitle')} data-testid="trajectory-flags">
          <Typography.Paragraph type={misses ? 'danger' : 'success'} strong>
            {misses ? t('missCount', { count: misses }) : t('allMeet')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={data.targets}
            renderItem={(x) => (
              <List.Item
                key={x.targetId}
                onClick={() => setChosen(x.targetId)}
                style={{ cursor: 'pointer', background: x.targetId === shown.targetId ? '#f0f5ff' : undefined, paddingInline: 8 }}
                data-testid={`trajectory-flag-${x.code}`}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={6} align="center">
                      <Tag color={x.flag?.misses ? 'error' : x.flag ? 'success' : 'default'}>{x.code}</Tag>
                      <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                        {label(x)}
                      </Typography.Text>
                    </Flex>
                  }
                  description={
                    <span style={{ color: x.flag?.misses ? '#cf1322' : undefined }}>
                      {flagText(x, t)}
                      {x.flag?.misses ? ` · ${t('shortBy', { points: formatNumber(x.flag.shortBy, 1) })}` : ''}
                    </span>
                  }
                />
              </List.Item>
            )}
          />
          {data.unmeasured.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('unmeasured', { list: data.unmeasured.map((u) => u.code).join(', ') })}
            </Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
