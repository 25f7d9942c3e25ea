import { DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, StageEvent } from '../../../electron/api/schemas/projects';
import { formatDate } from '../../../electron/api/text/format';
import { useApiMutation } from '../../app/api-hooks';
import type { ProjectChoices } from './columns';
import { DocumentList } from './DocumentList';
import { StageModal } from './StageModal';

/** The lifecycle steps, oldest first, each with its legal basis (a gap is a warning), documents, edit and delete. */
export function StageList({ detail, choices }: { detail: ProjectDetail; choices: ProjectChoices }) {
  const { t } = useTranslation('projects');
  const [editing, setEditing] = useState<StageEvent | 'new' | null>(null);
  const remove = useApiMutation('projects.deleteStage');
  const stageName = (code: string) => choices.stages.find((s) => s.value === code)?.label ?? code;
  return (
    <Flex vertical gap={8} data-testid="project-stages">
      {detail.stages.length === 0 && <Typography.Text type="secondary">{t('stage.none')}</Typography.Text>}
      {detail.stages.map((stage) => (
        <Card
          key={stage.id}
          size="small"
          title={
            <Flex gap={8} align="center">
              <span>{stageName(stage.stageCode)}</span>
              {stage.missingBasis && (
                <Tag color="orange" icon={<WarningOutlined />} data-testid="stage-missing-basis">
                  {t('stage.missing')}: {stage.missingBasis.toLowerCase()}
                </Tag>
              )}
            </Flex>
          }
          extra={
            <Flex gap={4}>
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(stage)}>
                {t('stage.edit')}
              </Button>
              <Popconfirm title={t('stage.removeConfirm')} onConfirm={() => remove.mutate({ id: stage.id })}>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('stage.remove')} />
              </Popconfirm>
            </Flex>
          }
        >
          <Typography.Paragraph style={{ margin: 0 }}>
            {[stage.decisionNumber, stage.decisionDate ? formatDate(stage.decisionDate) : null, stage.issuingBody].filter(Boolean).join(' · ') || '—'}
          </Typography.Paragraph>
          {stage.note && <Typography.Text type="secondary">{stage.note}</Typography.Text>}
          <DocumentList projectId={detail.id} stageEventId={stage.id} documents={stage.documents} />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }} data-testid="project-stage-add">
        {t('stage.add')}
      </Button>
      {editing !== null && <StageModal projectId={detail.id} event={editing === 'new' ? null : editing} choices={choices} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
