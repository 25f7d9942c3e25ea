import { App, Button, Card, Col, Descriptions, Form, Row, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProfileFields } from '../../../electron/api/schemas/profile';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { askedFields } from './asked-fields';
import { PredecessorsField, type PredecessorValue, predecessorsToInput } from './PredecessorsField';
import { ProfileFieldsForm } from './ProfileFieldsForm';

interface FormValues extends ProfileFields {
  predecessors: PredecessorValue[];
}

/** Province profile (what documents print), language, and where the data lives. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const state = useApiQuery('app.getState', {});
  const profile = useApiQuery('profile.get', {});
  const update = useApiMutation('profile.update');
  const setLanguage = useApiMutation('app.setLanguage');
  const reveal = useApiMutation('platform.revealDataFile');
  const [form] = Form.useForm<FormValues>();
  // The submission's pre-flight links here with the fields its document lacks (#/settings?field=signerName).
  const [params] = useSearchParams();
  const asked = useMemo(() => askedFields(params), [params]);
  const firstAsked = asked[0];

  useEffect(() => {
    if (!profile.data) return;
    form.setFieldsValue({
      ...profile.data,
      predecessors: profile.data.predecessors.map((p) => ({ name: p.name, mergedOn: p.mergedOn ? dayjs(p.mergedOn) : null })),
    });
  }, [profile.data, form]);

  // Once the profile is in the form, the first field asked for is scrolled to and takes the caret.
  const loaded = profile.data !== undefined;
  useEffect(() => {
    if (!loaded || !firstAsked) return;
    const frame = window.requestAnimationFrame(() => form.scrollToField(firstAsked, { block: 'center', focus: true }));
    return () => window.cancelAnimationFrame(frame);
  }, [loaded, firstAsked, form]);

  const save = async () => {
    const values = await form.validateFields();
    const { predecessors, ...fields } = values;
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([key, value]) => profile.data && profile.data[key as keyof ProfileFields] !== value),
    );
    update.mutate(
      {
        patch,
        predecessors: predecessorsToInput(predecessors),
      },
      {
        onSuccess: () => void message.success(t('settings.saved')),
        onError: (error) => void message.error(errorText(error), 6),
      },
    );
  };

  const changeLanguage = (language: 'vi' | 'en') =>
    setLanguage.mutate({ language }, { onSuccess: () => void i18n.changeLanguage(language) });

  return (
    <div data-testid="page-settings">
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Row gutter={16}>
        <Col span={14}>
          <Card title={t('settings.profile')}>
            <Form form={form} layout="vertical" onFinish={() => void save()}>
              <ProfileFieldsForm step="province" asked={asked} />
              <ProfileFieldsForm step="agencies" asked={asked} />
              <Typography.Text strong>{t('profile.predecessors')}</Typography.Text>
              <PredecessorsField />
              <Button type="primary" htmlType="submit" loading={update.isPending} style={{ marginTop: 16 }} data-testid="save-profile">
                {t('settings.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('settings.language')}>
            <Segmented
              value={i18n.language === 'en' ? 'en' : 'vi'}
              options={[
                { label: 'Tiếng Việt', value: 'vi' },
                { label: 'English', value: 'en' },
              ]}
              onChange={(value) => changeLanguage(value as 'vi' | 'en')}
              data-testid="language-switch"
            />
          </Card>
          <Card title={t('settings.dataFile')} style={{ marginTop: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('settings.dataFilePath')}>
                <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                  {state.data?.current?.path}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('settings.schemaVersion')}>{state.data?.current?.schemaVersion}</Descriptions.Item>
              <Descriptions.Item label={t('settings.dataDirectory')}>
                <span style={{ wordBreak: 'break-all' }}>{state.data?.dataDirectory}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('settings.host')}>
                {state.data?.host} · {state.data?.appVersion}
              </Descriptions.Item>
            </Descriptions>
            <Button onClick={() => reveal.mutate({})}>{t('settings.reveal')}</Button>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
