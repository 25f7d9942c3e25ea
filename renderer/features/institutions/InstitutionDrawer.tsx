import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionDetail } from '../../../electron/api/schemas/institutions';
import { formatDate } from '../../../electron/api/text/format';
import { foldVietnamese } from '../../../electron/api/text/vietnamese';
import { useApiMutation, useApiQuery } from '../../app/api-hooks';
import { useErrorText } from '../../app/useErrorText';
import { QueryView } from '../../components/QueryView';
import type { InstitutionChoices } from './columns';
import { GovernanceHistory } from './GovernanceHistory';
import { changedEdits, type FormField, type FormValues, fieldFeedback, formValuesOf, newRow } from './institution-form';
import { InstitutionActions } from './lifecycle/InstitutionActions';

interface Props {
  /** The institution shown, 'new' for the add form, null when closed. */
  open: number | 'new' | null;
  choices: InstitutionChoices;
  onOpen: (id: number) => void;
  onClose: () => void;
}

/** The detail panel: every field in a form (saved through applyEdits, judged like the grid), governing bodies over time, mergers, and the lifecycle actions. */
export function InstitutionDrawer({ open, choices, onOpen, onClose }: Props) {
  const { t } = useTranslation('institutions');
  const id = typeof open === 'number' ? open : 0;
  const detail = useApiQuery('institutions.get', { id }, { enabled: id > 0 });
  const title = open === 'new' ? t('detail.newTitle') : detail.data && detail.data.id === id ? `${detail.data.code} — ${detail.data.name}` : '';
  return (
    <Drawer open={open !== null} size={640} onClose={onClose} title={title} destroyOnHidden data-testid="institution-detail">
      {open === 'new' && <InstitutionForm key="new" choices={choices} onCreated={onOpen} onClose={onClose} />}
      {typeof open === 'number' && (
        <QueryView query={detail}>
          {(data) =>
            data.id === id ? <InstitutionDetailView detail={data} choices={choices} onOpen={onOpen} onClose={onClose} onChanged={() => void detail.refetch()} /> : null
          }
        </QueryView>
      )}
    </Drawer>
  );
}

interface DetailProps {
  detail: InstitutionDetail;
  choices: InstitutionChoices;
  onOpen: (id: number) => void;
  onClose: () => void;
  onChanged: () => void;
}

function InstitutionDetailView({ detail, choices, onOpen, onClose, onChanged }: DetailProps) {
  const { t } = useTranslation('institutions');
  return (
    <Flex vertical gap={8}>
      <Space wrap>
        <Tag color={detail.status === 'active' ? 'green' : 'default'} data-testid="institution-status">
          {t(`status.${detail.status}`)}
        </Tag>
        {detail.statusChangedOn && (
          <Typography.Text type="secondary">
            {t('detail.changedOn')}: {formatDate(detail.statusChangedOn)}
          </Typography.Text>
        )}
      </Space>
      <InstitutionForm key={detail.id} detail={detail} choices={choices} onClose={onClose} />
      <Divider titlePlacement="start">{t('detail.governance')}</Divider>
      <GovernanceHistory periods={detail.governance} />
      {(detail.successor || detail.predecessors.length > 0) && (
        <>
          <Divider titlePlacement="start">{t('detail.lineage')}</Divider>
          {detail.successor && (
            <Typography.Paragraph>
              {t('detail.successor')}:{' '}
              <Typography.Link onClick={() => onOpen(detail.successor!.id)}>
                {detail.successor.code} — {detail.successor.name}
              </Typography.Link>
            </Typography.Paragraph>
          )}
          {detail.predecessors.length > 0 && (
            <Typography.Paragraph>
              {t('detail.predecessors')}:{' '}
              {detail.predecessors.map((p, index) => (
                <span key={p.id}>
                  {index > 0 && ', '}
                  <Typography.Link onClick={() => onOpen(p.id)}>{p.code}</Typography.Link>
                </span>
              ))}
            </Typography.Paragraph>
          )}
        </>
      )}
      <Divider titlePlacement="start">{t('detail.actions')}</Divider>
      <InstitutionActions institutionId={detail.id} onDone={onChanged} />
    </Flex>
  );
}

const selectFilter = (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

function InstitutionForm({ detail, choices, onCreated, onClose }: { detail?: InstitutionDetail; choices: InstitutionChoices; onCreated?: (id: number) => void; onClose: () => void }) {
  const { t } = useTranslation('institutions');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<FormValues>();
  const applyEdits = useApiMutation('institutions.applyEdits');
  const initial = useMemo(() => (detail ? formValuesOf(detail) : {}), [detail]);
  const [saving, setSaving] = useState(false);
  const locked = detail !== undefined && detail.status !== 'active';

  // Fresh data after a save fills the fields, except those the server refused: they keep the text and its reason.
  useEffect(() => {
    const accepted = Object.fromEntries(Object.entries(initial).filter(([field]) => form.getFieldError(field as FormField).length === 0));
    form.setFieldsValue(accepted);
  }, [form, initial]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      if (detail) {
        const edits = changedEdits(detail.id, initial, { ...initial, ...values });
        if (edits.length === 0) {
          void message.info(t('detail.nothingChanged'), 1.5);
          return;
        }
        const result = await applyEdits.mutateAsync({ edits });
        form.setFields(fieldFeedback(result.rejected, result.warnings) as never);
        if (result.applied > 0) void message.success(t('detail.saved'), 1.5);
      } else {
        const result = await applyEdits.mutateAsync({ edits: [], newRows: [newRow(values)] });
        form.setFields(fieldFeedback(result.rejected, []) as never);
        const created = result.insertedIds[0];
        if (created) {
          void message.success(t('detail.created', { code: values.code }), 2);
          onCreated?.(created);
        }
      }
    } catch (error) {
      void message.error(errorText(error), 4);
    } finally {
      setSaving(false);
    }
  };

  const required = (field: FormField) => ['code', 'name', 'typeCode', 'ownershipCode'].includes(field);
  const text = (field: FormField, span = 12, area = false) => (
    <Col span={span} key={field}>
      <Form.Item name={field} label={t(`columns.${labelKey(field)}`)} rules={required(field) ? [{ required: true, whitespace: true, message: t('detail.required') }] : []}>
        {area ? <Input.TextArea data-testid={`institution-${field}`} autoSize={{ minRows: 2, maxRows: 6 }} /> : <Input data-testid={`institution-${field}`} disabled={locked && field !== 'notes'} />}
      </Form.Item>
    </Col>
  );
  const select = (field: 'typeCode' | 'ownershipCode', options: InstitutionChoices['types']) => (
    <Col span={12} key={field}>
      <Form.Item name={field} label={t(`columns.${labelKey(field)}`)} rules={[{ required: true, message: t('detail.required') }]}>
        <Select
          data-testid={`institution-${field}`}
          showSearch={{ filterOption: selectFilter }}
          disabled={locked}
          options={options.map((o) => ({ value: String(o.value), label: o.label }))}
        />
      </Form.Item>
    </Col>
  );

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={() => void save()} size="middle">
      {locked && <Alert type="info" showIcon title={t('detail.lockedNote')} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        {text('code', 8)}
        {text('name', 16)}
        {select('typeCode', choices.types)}
        {select('ownershipCode', choices.ownerships)}
        {text('commune')}
        {text('foundedYear')}
        {text('address', 24)}
        {text('teachers', 8)}
        {text('managers', 8)}
        {text('learners', 8)}
        {text('contact', 24)}
        {text('notes', 24, true)}
      </Row>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onClose}>{t('detail.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="institution-save">
          {detail ? t('detail.save') : t('detail.create')}
        </Button>
      </Flex>
    </Form>
  );
}

const labelKey = (field: FormField) => (field === 'typeCode' ? 'type' : field === 'ownershipCode' ? 'ownership' : field);
