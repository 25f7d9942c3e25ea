import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Modal, Space, Typography, type ButtonProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionSection } from '../../../electron/api/schemas/submission';
import { api } from '../../api';
import { useApiMutation } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';

/**
 * One narrative section as plain text (paragraphs separated by a blank line, "- " for a list item). Saving is one
 * recorded change; "regenerate from data" shows the new text first and replaces the section only when confirmed.
 */
export function SectionEditor({ year, section, index, locked, focus }: { year: number; section: SubmissionSection; index: number; locked: boolean; focus: boolean }) {
  const { t } = useTranslation('submission');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [text, setText] = useState(section.body);
  const [proposal, setProposal] = useState<string | null>(null);
  const [loadingProposal, setLoadingProposal] = useState(false);
  const save = useApiMutation('submission.updateSection');
  const regenerate = useApiMutation('submission.regenerateSection');
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => setText(section.body), [section.body]);
  useEffect(() => {
    if (focus) card.current?.scrollIntoView({ block: 'start' });
  }, [focus]);
  const dirty = text !== section.body;
  const onError = (error: unknown) => void message.error(errorText(error), 6);

  const askRegenerate = async () => {
    setLoadingProposal(true);
    try {
      setProposal((await api.call('submission.prefillSection', { year, key: section.key })).body);
    } catch (error) {
      onError(error);
    } finally {
      setLoadingProposal(false);
    }
  };
  const roman = ['I', 'II', 'III', 'IV', 'V'][index] ?? String(index + 1);
  return (
    <div ref={card}>
      <Card
        size="small"
        data-testid={`section-${section.key}`}
        title={`${roman}. ${section.title}`}
        extra={
          <Space>
            <Button size="small" icon={<ReloadOutlined />} disabled={locked} loading={loadingProposal} data-testid={`section-${section.key}-regenerate`} onClick={() => void askRegenerate()}>
              {t('narrative.regenerate')}
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<SaveOutlined />}
              disabled={locked || !dirty}
              loading={save.isPending}
              data-testid={`section-${section.key}-save`}
              onClick={() => save.mutate({ year, key: section.key, body: text }, { onSuccess: () => void message.success(t('narrative.saved')), onError })}
            >
              {t('narrative.save')}
            </Button>
          </Space>
        }
      >
        <Input.TextArea
          aria-label={section.title}
          data-testid={`section-${section.key}-text`}
          value={text}
          readOnly={locked}
          autoSize={{ minRows: 5, maxRows: 22 }}
          onChange={(e) => setText(e.target.value)}
        />
        {dirty && <Typography.Text type="warning">{t('narrative.unsaved')}</Typography.Text>}
      </Card>
      <Modal
        open={proposal !== null}
        width={820}
        title={t('narrative.regenerateTitle', { title: section.title })}
        okText={t('narrative.regenerateOk')}
        cancelText={t('narrative.cancel')}
        okButtonProps={{ 'data-testid': 'regenerate-confirm' } as ButtonProps}
        confirmLoading={regenerate.isPending}
        onCancel={() => setProposal(null)}
        onOk={() => regenerate.mutate({ year, key: section.key }, { onSuccess: () => setProposal(null), onError })}
      >
        <Typography.Paragraph type="secondary">{t('narrative.regenerateHint')}</Typography.Paragraph>
        <Input.TextArea value={proposal ?? ''} readOnly autoSize={{ minRows: 6, maxRows: 20 }} data-testid="regenerate-preview" />
      </Modal>
    </div>
  );
}
