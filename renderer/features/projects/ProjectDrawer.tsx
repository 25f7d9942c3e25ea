import { Alert, App, Button, Descriptions, Divider, Drawer, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../electron/api/schemas/projects';
import { formatMillions } from '../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { QueryView } from '../../components/QueryView';
import type { ProjectChoices } from './columns';
import { DocumentList } from './DocumentList';
import { StageList } from './StageList';

const millions = (dong: number) => `${formatMillions(dong)} triệu đồng`;

/** Everything about one project: group and why, funding, capital, key tasks, lifecycle with legal basis, documents. */
export function ProjectDrawer({ id, choices, onClose }: { id: number | null; choices: ProjectChoices; onClose: () => void }) {
  const detail = useApiQuery('projects.get', { id: id ?? 0 }, { enabled: id !== null });
  const title = detail.data && detail.data.id === id ? `${detail.data.code} — ${detail.data.name}` : '';
  return (
    <Drawer open={id !== null} size={720} onClose={onClose} title={title} destroyOnHidden data-testid="project-detail">
      {id !== null && <QueryView query={detail}>{(data) => (data.id === id ? <ProjectView detail={data} choices={choices} onClose={onClose} /> : null)}</QueryView>}
    </Drawer>
  );
}

function ProjectView({ detail, choices, onClose }: { detail: ProjectDetail; choices: ProjectChoices; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const remove = useApiMutation('projects.delete');
  const stageName = (code: string) => choices.stages.find((s) => s.value === code)?.label ?? code;
  const sourceName = (code: string) => choices.sources.find((s) => s.code === code)?.name ?? code;
  const deleteProject = async () => {
    try {
      await remove.mutateAsync({ id: detail.id });
      onClose();
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <Tag color="blue" data-testid="project-stage">{stageName(detail.stageCode)}</Tag>
        {detail.group.groupCode && (
          <Tag color="purple" data-testid="project-group">
            {t('detail.group')} {detail.group.groupCode}
            {detail.group.unconfirmed ? ` (${t('detail.unconfirmed')})` : ''}
          </Tag>
        )}
      </Space>
      <Alert type="info" showIcon title={detail.group.reason} data-testid="project-group-reason" />
      {Object.values(detail.warnings).map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('detail.investor')} span={2}>{detail.investor}</Descriptions.Item>
        <Descriptions.Item label={t('detail.location')}>{detail.location}</Descriptions.Item>
        <Descriptions.Item label={t('detail.years')}>{`${detail.startYear}–${detail.endYear}`}</Descriptions.Item>
        <Descriptions.Item label={t('detail.construction')}>{detail.hasConstruction ? t('detail.yes') : t('detail.no')}</Descriptions.Item>
        <Descriptions.Item label={t('detail.total')}>{millions(detail.totalInvestmentDong)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.bySource')} span={2}>
          {Object.entries(detail.funding)
            .map(([code, amount]) => `${code} (${sourceName(code)}): ${millions(amount)}`)
            .join('; ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.allocated')}>{millions(detail.capital.allocatedDong)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.disbursed')}>{millions(detail.capital.disbursedDong)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.mediumTerm')}>{millions(detail.capital.mediumTermDong)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.gap')}>
          <Typography.Text type={detail.capital.gapDong > 0 ? 'danger' : undefined} data-testid="project-gap">
            {millions(detail.capital.gapDong)}
          </Typography.Text>
        </Descriptions.Item>
        {detail.outputs && <Descriptions.Item label={t('detail.outputs')} span={2}>{detail.outputs}</Descriptions.Item>}
        {detail.notes && <Descriptions.Item label={t('detail.notes')} span={2}>{detail.notes}</Descriptions.Item>}
      </Descriptions>
      <Divider titlePlacement="start">{t('detail.keyTasks')}</Divider>
      <KeyTaskLinks detail={detail} />
      <Divider titlePlacement="start">{t('detail.lifecycle')}</Divider>
      <StageList detail={detail} choices={choices} />
      <Divider titlePlacement="start">{t('detail.documents')}</Divider>
      <DocumentList projectId={detail.id} stageEventId={null} documents={detail.documents} />
      <Divider />
      <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => void deleteProject()}>
        <Button danger data-testid="project-delete" style={{ alignSelf: 'flex-start' }}>
          {t('detail.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

function KeyTaskLinks({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const tasks = useApiQuery('projects.listAllKeyTasks', {});
  const save = useApiMutation('projects.setKeyTasks');
  const [chosen, setChosen] = useState<number[]>(detail.keyTaskIds);
  useEffect(() => setChosen(detail.keyTaskIds), [detail.keyTaskIds]);
  const changed = chosen.length !== detail.keyTaskIds.length || chosen.some((id) => !detail.keyTaskIds.includes(id));
  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        <Select
          data-testid="project-key-tasks"
          mode="multiple"
          aria-label={t('detail.keyTasksHint')}
          placeholder={t('detail.keyTasksHint')}
          value={chosen}
          onChange={setChosen}
          options={(tasks.data ?? []).map((k) => ({ value: k.id, label: `${k.stt}. ${k.name}` }))}
          optionFilterProp="label"
          maxTagCount="responsive"
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="primary" disabled={!changed} loading={save.isPending} onClick={() => save.mutate({ projectId: detail.id, keyTaskIds: chosen })} data-testid="project-key-tasks-save">
          {t('detail.saveKeyTasks')}
        </Button>
      </Flex>
      <Space wrap>
        <Typography.Text type="secondary">{t('detail.served')}:</Typography.Text>
        {detail.taskGroupsServed.map((code) => (
          <Tag key={code}>{code}</Tag>
        ))}
      </Space>
    </Flex>
  );
}
