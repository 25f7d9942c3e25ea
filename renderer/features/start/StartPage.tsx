import { DatabaseOutlined, ExperimentOutlined, FolderOpenOutlined, PlusCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppState, RecentFile } from '../../../electron/api/schemas/app';
import { formatDateTime } from '../../../electron/api/text/format';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import type { ApiError } from '../../api';
import { isRestorableRefusal, RefusedFileOffer } from '../backups/RefusedFileOffer';
import { NewProvinceWizard } from './NewProvinceWizard';

/** First screen: the sample province, a new province, an existing file, or a recent one. */
export function StartPage({ state }: { state: AppState }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [wizardOpen, setWizardOpen] = useState(false);
  const openSample = useApiMutation('file.openSample');
  const openWithDialog = useApiMutation('file.openWithDialog');
  const openRecent = useApiMutation('file.openRecent');
  const forget = useApiMutation('file.forgetRecent');
  const onError = (error: unknown) => void message.error(errorText(error), 6);
  // A recent file refused as damaged, foreign or too new: say why where the user looks, and offer its backups.
  const [refused, setRefused] = useState<{ file: RecentFile; error: ApiError } | null>(null);
  const openRecentFile = (file: RecentFile) => {
    setRefused(null);
    openRecent.mutate({ id: file.id }, { onError: (error) => (isRestorableRefusal(error) ? setRefused({ file, error }) : onError(error)) });
  };

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto', padding: '40px 24px' }} data-testid="page-start">
      <Typography.Title level={2} style={{ marginBottom: 4 }}>
        {t('app.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
      <Typography.Paragraph>{t('start.intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={8}>
          <Card title={<Space><ExperimentOutlined />{t('start.openSample')}</Space>} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('start.openSampleHint')}</Typography.Paragraph>
            <Button type="primary" loading={openSample.isPending} onClick={() => openSample.mutate({}, { onError })} data-testid="open-sample">
              {t('start.openSample')}
            </Button>
          </Card>
        </Col>
        <Col span={8}>
          <Card title={<Space><PlusCircleOutlined />{t('start.createNew')}</Space>} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('start.createNewHint')}</Typography.Paragraph>
            <Button onClick={() => setWizardOpen(true)} data-testid="create-new">
              {t('start.createNew')}
            </Button>
          </Card>
        </Col>
        <Col span={8}>
          <Card title={<Space><FolderOpenOutlined />{t('start.openExisting')}</Space>} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('start.openExistingHint')}</Typography.Paragraph>
            <Button
              loading={openWithDialog.isPending}
              onClick={() =>
                openWithDialog.mutate({}, { onError, onSuccess: ({ opened }) => !opened && void message.info(t('start.cancelled')) })
              }
              data-testid="open-existing"
            >
              {t('start.openExisting')}
            </Button>
          </Card>
        </Col>
      </Row>
      {refused && <RefusedFileOffer key={refused.file.id} recent={refused.file} error={refused.error} onClose={() => setRefused(null)} />}
      <Card title={t('start.recent')} style={{ marginTop: 24 }}>
        <List
          locale={{ emptyText: t('start.noRecent') }}
          dataSource={state.recentFiles}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button key="forget" type="link" onClick={() => forget.mutate({ id: file.id })}>
                  {t('start.forget')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                avatar={<DatabaseOutlined style={{ fontSize: 20, marginTop: 6 }} />}
                title={
                  <Space>
                    <Button type="link" style={{ padding: 0 }} disabled={!file.exists} onClick={() => openRecentFile(file)}>
                      {file.provinceName}
                    </Button>
                    {!file.exists && <Tag color="red">{t('start.missing')}</Tag>}
                  </Space>
                }
                description={`${file.path} · ${formatDateTime(file.openedAt)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <NewProvinceWizard open={wizardOpen} onClose={() => setWizardOpen(false)} />
    </div>
  );
}
