import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../electron/api/schemas/projects';
import { formatDateTime, formatNumber } from '../../../electron/api/text/format';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatNumber(bytes / 1024 / 1024, 1)} MB` : `${formatNumber(Math.ceil(bytes / 1024), 0)} KB`);

/** Documents of a project or of one of its steps: attach (the host's open dialog), save a copy, remove (undoable). */
export function DocumentList({ projectId, stageEventId, documents }: { projectId: number; stageEventId: number | null; documents: ProjectDocument[] }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const attach = useApiMutation('projects.attachDocument');
  const remove = useApiMutation('projects.removeDocument');
  const run = async <T,>(action: () => Promise<T>, done: (result: T) => string | null) => {
    try {
      const text = done(await action());
      if (text) void message.success(text, 4);
    } catch (error) {
      void message.error(errorText(error), 5);
    }
  };
  return (
    <Flex vertical gap={4}>
      {documents.length > 0 && (
        <List
          size="small"
          dataSource={documents}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="save" size="small" type="link" onClick={() => void run(() => api.call('projects.saveDocument', { id: d.id }), (r) => (r.file ? t('documents.saved', { file: r.file }) : null))}>
                  {t('documents.save')}
                </Button>,
                <Button key="remove" size="small" type="link" danger onClick={() => remove.mutate({ id: d.id })}>
                  {t('documents.remove')}
                </Button>,
              ]}
            >
              <Typography.Text>
                <PaperClipOutlined /> {d.fileName}
              </Typography.Text>
              <Typography.Text type="secondary"> · {size(d.sizeBytes)} · {formatDateTime(d.addedAt)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      <Button
        size="small"
        icon={<PaperClipOutlined />}
        style={{ alignSelf: 'flex-start' }}
        loading={attach.isPending}
        data-testid={`project-attach-${stageEventId ?? 'project'}`}
        onClick={() => void run(() => attach.mutateAsync({ projectId, stageEventId }), (r) => (r.document ? t('documents.attached', { name: r.document.fileName }) : null))}
      >
        {t('documents.attach')}
      </Button>
    </Flex>
  );
}
