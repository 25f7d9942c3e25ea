import { App, Alert, Button, Col, Collapse, Drawer, Flex, Form, Input, Popconfirm, Row, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetDetail, TargetValue } from '../../../../electron/api/schemas/assessment';
import { useApiMutation } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { useReference } from '../../../components/useReference';
import { createFieldsOf, type FormFields, formOf, patchOf, sameValues } from './target-form';
import { TargetValuesEditor } from './TargetValuesEditor';
import { targetSubjects } from '../../../../electron/api/schemas/assessment';

interface Props {
  /** null: a new provincial target. */
  target: TargetDetail | null;
  targets: TargetDetail[];
  onClose: () => void;
  /** Opened from a link about this year (the submission's pre-flight): says so while the year has no value. */
  neededYear?: number | null;
}


/** Adds a provincial target or edits any target: its fields, yearly values and trajectory, saved as one change. */
export function TargetEditor({ target, targets, onClose, neededYear = null }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'targets' });
  const { message } = App.useApp();
  const errorText = useErrorText();
  const reference = useReference();
  const [form] = Form.useForm<FormFields>();
  const [values, setValues] = useState<TargetValue[]>(target?.values ?? []);
  const kind = Form.useWatch('kind', form) ?? target?.kind ?? 'percent';
  const create = useApiMutation('targets.create');
  const update = useApiMutation('targets.update');
  const remove = useApiMutation('targets.delete');
  const national = target?.scope === 'national';
  const busy = create.isPending || update.isPending || remove.isPending;

  const save = async () => {
    const fields = await form.validateFields();
    const done = (code: string) => {
      void message.success(t('editor.saved', { code }));
      onClose();
    };
    const failed = (error: Error) => void message.error(errorText(error), 8);
    if (!target) {
      create.mutate({ target: createFieldsOf(fields), values }, { onSuccess: (r) => done(r.target.code), onError: failed });
      return;
    }
    const patch = patchOf(target, fields);
    const changedValues = !sameValues(values, target.values);
    if (Object.keys(patch).length === 0 && !changedValues) return onClose();
    update.mutate(
      { id: target.id, ...(Object.keys(patch).length ? { patch } : {}), ...(changedValues ? { values } : {}) },
      { onSuccess: (r) => done(r.target.code), onError: failed },
    );
  };

  const nationalOptions = targets.filter((x) => x.scope === 'national').map((x) => ({ value: x.code, label: `${x.code} — ${reference.label(x)}` }));
  const required = [{ required: true, whitespace: true, message: t('editor.required') }];

  return (
    <Drawer
      open
      size={760}
      onClose={onClose}
      title={target ? t('editor.editTitle', { code: target.code }) : t('editor.newTitle')}
      data-testid="target-editor"
      extra={
        <Flex gap={8}>
          {target?.scope === 'provincial' && (
            <Popconfirm
              title={t('editor.deleteConfirm', { code: target.code })}
              onConfirm={() =>
                remove.mutate(
                  { id: target.id },
                  { onSuccess: () => (void message.success(t('editor.deleted', { code: target.code })), onClose()), onError: (e) => void message.error(errorText(e), 8) },
                )
              }
            >
              <Button danger disabled={busy}>
                {t('editor.delete')}
              </Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="save-target">
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      {national && <Alert type="info" showIcon title={t('editor.national')} style={{ marginBottom: 16 }} />}
      {neededYear !== null && !values.some((v) => v.year === neededYear && v.percent !== null) && (
        <Alert type="warning" showIcon title={t('editor.neededYear', { year: neededYear })} style={{ marginBottom: 16 }} data-testid="target-needed-year" />
      )}
      <Form form={form} layout="vertical" initialValues={formOf(target)} requiredMark={false}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('editor.code')} rules={required}>
              <Input placeholder={t('editor.codeHint')} disabled={national} data-testid="target-code" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="groupCode" label={t('editor.group')}>
              <Select options={(reference.data?.targetGroups ?? []).map((g) => ({ value: g.code, label: `${g.code}. ${reference.label(g)}` }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('editor.kind')}>
              <Segmented options={(['percent', 'milestone'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nameVi" label={t('editor.nameVi')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="target-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('editor.nameEn')}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="subject" label={t('editor.subject')}>
              <Select options={targetSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {!national && (
              <Form.Item name="nationalTargetCode" label={t('editor.refines')}>
                <Select allowClear options={[{ value: '', label: t('editor.none') }, ...nationalOptions]} data-testid="target-refines" />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="sourceDocument" label={t('editor.source')} rules={required}>
          <Input placeholder={t('editor.sourceHint')} data-testid="target-source" />
        </Form.Item>
        <Form.Item name="confidence" label={t('editor.confidence')}>
          <Input />
        </Form.Item>
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'formula',
              label: `${t('editor.numerator')} / ${t('editor.denominator')}`,
              forceRender: true,
              children: (
                <>
                  {!target && <Typography.Paragraph type="secondary">{t('editor.formulaHint')}</Typography.Paragraph>}
                  <Form.Item name="numeratorIndicator" label={t('editor.numerator')}>
                    <Input placeholder="staff_trained_digital" />
                  </Form.Item>
                  <Form.Item name="denominatorIndicator" label={t('editor.denominator')}>
                    <Input placeholder="teachers_total+managers_total" />
                  </Form.Item>
                </>
              ),
            },
          ]}
        />
      </Form>
      <Typography.Title level={5}>{t('editor.values')}</Typography.Title>
      <TargetValuesEditor targetId={target?.id ?? null} kind={kind} values={values} onChange={setValues} />
    </Drawer>
  );
}
