import { App, Button, Card, Flex, Form, Input, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanVersionRow } from '../../../../electron/api/schemas/capital';
import { formatDateTime, formatMillions, formatNumber } from '../../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import type { Period } from '../view';
import { CompareView } from './CompareView';

/** Freeze the plan under a name, list the frozen versions, and compare any two (or one with today's figures). */
export function VersionsTab({ period }: { period: Period }) {
  const { t } = useTranslation('capital');
  const versions = useApiQuery('capital.listVersions', {});
  const remove = useApiMutation('capital.deleteVersion');
  const list = versions.data ?? [];
  return (
    <Flex vertical gap={16}>
      <FreezeForm />
      <Card size="small" title={t('versions.list')}>
        <Table<PlanVersionRow>
          data-testid="capital-versions"
          size="small"
          rowKey="id"
          dataSource={list}
          pagination={false}
          locale={{ emptyText: t('versions.none') }}
          columns={[
            { title: t('versions.name'), dataIndex: 'name', render: (name: string, v) => (v.note ? `${name} — ${v.note}` : name) },
            { title: t('versions.frozenAt'), dataIndex: 'frozenAt', width: 150, render: (at: string) => formatDateTime(at) },
            { title: t('versions.frozenBy'), dataIndex: 'frozenBy', width: 120 },
            { title: t('versions.rows'), dataIndex: 'allocationRows', width: 110, align: 'right', render: (n: number) => formatNumber(n, 0) },
            { title: t('versions.allocated'), dataIndex: 'allocatedDong', width: 170, align: 'right', render: (n: number) => formatMillions(n) },
            {
              key: 'remove',
              width: 80,
              render: (_: unknown, v) => (
                <Popconfirm title={t('versions.removeConfirm')} onConfirm={() => remove.mutate({ id: v.id })}>
                  <Button size="small" type="link" danger>
                    {t('versions.remove')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <CompareView versions={list} period={period} />
    </Flex>
  );
}

function FreezeForm() {
  const { t } = useTranslation('capital');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ name: string; note?: string }>();
  const freeze = useApiMutation('capital.freezeVersion');
  const submit = async (values: { name: string; note?: string }) => {
    try {
      const result = await freeze.mutateAsync({ name: values.name, note: values.note ?? null });
      void message.success(`${t('versions.frozen', { name: result.version.name })}${result.reusedSnapshot ? ` ${t('versions.reused')}` : ''}`, 4);
      form.resetFields();
    } catch (error) {
      void message.error(errorText(error), 5);
    }
  };
  return (
    <Card size="small" title={t('versions.freeze')}>
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} data-testid="capital-freeze-form">
        <Form.Item name="name" label={t('versions.name')} rules={[{ required: true, whitespace: true, max: 120 }]}>
          <Input data-testid="capital-freeze-name" placeholder={t('versions.namePlaceholder')} style={{ width: 360 }} />
        </Form.Item>
        <Form.Item name="note" label={t('versions.note')}>
          <Input data-testid="capital-freeze-note" style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={freeze.isPending} data-testid="capital-freeze">
          {t('versions.freeze')}
        </Button>
      </Form>
    </Card>
  );
}
