import { Alert, Card, Col, Descriptions, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewSummary } from '../../../electron/api/schemas/overview';
import type { Profile } from '../../../electron/api/schemas/profile';
import { formatNumber } from '../../../electron/api/text/format';
import { useApiQuery } from '../../app/api-hooks';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';

const numberStyle = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The annual submission is not built yet; the page says so plainly and lists what the file already holds for it.
 * It offers no action: there is nothing yet that would work.
 */
export function SubmissionPage() {
  const { t } = useTranslation('submission');
  const summary = useApiQuery('overview.getSummary', {});
  const profile = useApiQuery('profile.get', {});
  return (
    <Page name="submission" title={t('title')}>
      <Alert type="info" showIcon data-testid="submission-not-yet" title={t('notYetTitle')} description={t('notYetText')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <QueryView query={summary}>
            {(data) => (
              <Flex vertical gap={16}>
                <Assessments summary={data} />
                <Holdings summary={data} />
              </Flex>
            )}
          </QueryView>
        </Col>
        <Col xs={24} lg={12}>
          <QueryView query={profile}>{(data) => <Recipient profile={data} />}</QueryView>
        </Col>
      </Row>
    </Page>
  );
}

function Assessments({ summary }: { summary: OverviewSummary }) {
  const { t } = useTranslation('submission');
  return (
    <Card size="small" title={t('assessments')}>
      {summary.assessmentYears.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noAssessments')} />
      ) : (
        <Descriptions
          data-testid="submission-assessment-years"
          size="small"
          column={1}
          bordered
          styles={{ content: numberStyle }}
          items={summary.assessmentYears.map((row) => ({
            key: String(row.year),
            label: t('yearLabel', { year: row.year }),
            children: t('assessmentRow', { institutions: formatNumber(row.institutions, 0), values: formatNumber(row.values, 0) }),
          }))}
        />
      )}
    </Card>
  );
}

function Holdings({ summary }: { summary: OverviewSummary }) {
  const { t } = useTranslation('submission');
  const years = summary.capitalByYear.map((row) => row.year);
  const first = years[0];
  const last = years.at(-1);
  const count = (n: number) => (n === 0 ? t('none') : formatNumber(n, 0));
  return (
    <Card size="small" title={t('holdings')}>
      <Descriptions
        data-testid="submission-holdings"
        size="small"
        column={1}
        bordered
        styles={{ content: numberStyle }}
        items={[
          {
            key: 'institutions',
            label: t('institutions'),
            children: t('institutionsValue', {
              active: formatNumber(summary.institutions.active, 0),
              total: formatNumber(summary.institutions.total, 0),
            }),
          },
          { key: 'projects', label: t('projects'), children: count(summary.projects.total) },
          {
            key: 'capital',
            label: t('capitalYears'),
            children: first === undefined || last === undefined ? t('none') : first === last ? String(first) : `${first}–${last}`,
          },
          { key: 'milestones', label: t('milestones'), children: count(summary.milestones.total) },
          { key: 'awareness', label: t('awareness'), children: count(summary.awarenessActivities) },
        ]}
      />
    </Card>
  );
}

function Recipient({ profile }: { profile: Profile }) {
  const { t } = useTranslation('submission');
  const orMissing = (text: string) => (text.trim() ? text : <Typography.Text type="secondary">{t('notEntered')}</Typography.Text>);
  const signer = [profile.signingAuthority, profile.signerTitle, profile.signerName].filter((part) => part.trim()).join(' — ');
  return (
    <Card size="small" title={t('recipient')} extra={<Typography.Text type="secondary">{t('recipientHint')}</Typography.Text>}>
      <Descriptions
        data-testid="submission-recipient"
        size="small"
        column={1}
        bordered
        items={[
          { key: 'ministry', label: t('recipientMinistry'), children: orMissing(profile.recipientMinistry) },
          { key: 'department', label: t('recipientDepartment'), children: orMissing(profile.recipientDepartment) },
          { key: 'owner', label: t('owningDepartment'), children: orMissing(profile.owningDepartment) },
          { key: 'signer', label: t('signer'), children: orMissing(signer) },
          { key: 'code', label: t('documentCode'), children: orMissing(profile.documentCode) },
        ]}
      />
    </Card>
  );
}
