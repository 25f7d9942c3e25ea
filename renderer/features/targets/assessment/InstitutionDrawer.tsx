import { Alert, App, Button, Drawer, Flex, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionAssessment, ValueEdit } from '../../../../electron/api/schemas/assessment';
import { formatNumber } from '../../../../electron/api/text/format';
import { useApiMutation, useApiQuery } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { QueryView } from '../../../components/QueryView';
import { useLabel } from '../../../i18n/useLabel';
import { StateActions } from './StateActions';

interface Props {
  year: number;
  institutionId: number;
  /** The indicator to bring into view and focus (from the completeness list). */
  focus?: string | null;
  onClose: () => void;
}

type Item = InstitutionAssessment['items'][number];
type Draft = Record<string, { value?: number | null; comment?: string | null }>;

const vnNumber = (value: string | number | undefined) => (value === undefined || value === '' ? '' : formatNumber(Number(value), 0));
const vnParse = (text: string | undefined) => (text ?? '').replace(/[.\s]/g, '');

/** One institution's return for the year: every indicator with last year's figure, its comment and state actions. */
export function InstitutionDrawer({ year, institutionId, focus, onClose }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const query = useApiQuery('assessment.institution', { year, institutionId });
  const title = query.data ? t('drawer.title', { code: query.data.institution.code, name: query.data.institution.name }) : '';
  return (
    <Drawer open size={900} onClose={onClose} title={title} data-testid="institution-drawer" destroyOnHidden>
      <QueryView query={query}>{(data) => <InstitutionForm key={`${data.institution.id}-${data.year}`} data={data} focus={focus ?? null} />}</QueryView>
    </Drawer>
  );
}

function InstitutionForm({ data, focus }: { data: InstitutionAssessment; focus: string | null }) {
  const { t } = useTranslation('targets', { keyPrefix: 'assessment' });
  const label = useLabel();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const save = useApiMutation('assessment.applyEdits');
  const [draft, setDraft] = useState<Draft>({});
  const [verdicts, setVerdicts] = useState<Record<string, { level: 'error' | 'warning'; text: string }>>({});
  const locked = data.state === 'approved';

  useEffect(() => {
    if (!focus) return;
    const input = document.querySelector<HTMLElement>(`[data-testid="value-${focus}"] input, [data-testid="value-${focus}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }, [focus]);

  const edits = useMemo(
    (): ValueEdit[] =>
      Object.entries(draft).map(([code, cell]) => ({ institutionId: data.institution.id, indicatorCode: code, ...cell })),
    [draft, data.institution.id],
  );
  const change = (code: string, patch: Draft[string]) => setDraft((d) => ({ ...d, [code]: { ...d[code], ...patch } }));
  const current = (item: Item) => ({ value: draft[item.code]?.value !== undefined ? draft[item.code]!.value! : item.value, comment: draft[item.code]?.comment !== undefined ? draft[item.code]!.comment! : item.comment });

  const submit = () => {
    if (edits.length === 0) return void message.info(t('drawer.nothing'));
    save.mutate(
      { year: data.year, edits },
      {
        onSuccess: (result) => {
          const next: typeof verdicts = {};
          for (const w of result.warnings) next[w.field] = { level: 'warning', text: w.message };
          for (const r of result.rejected) next[r.field] = { level: 'error', text: r.message };
          setVerdicts(next);
          setDraft((d) => Object.fromEntries(Object.entries(d).filter(([code]) => result.rejected.some((r) => r.field === code))));
          if (result.rejected.length) void message.warning(t('rejected', { count: result.rejected.length, first: result.rejected[0]!.message }), 6);
          else void message.success(t('drawer.saved'));
        },
        onError: (error) => void message.error(errorText(error), 6),
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap>
        <Flex gap={8} align="center">
          <Typography.Text strong>{t('drawer.year', { year: data.year })}</Typography.Text>
          <Tag color={{ none: 'default', draft: 'processing', submitted: 'warning', approved: 'success' }[data.state]} data-testid="drawer-state">
            {t(`state.${data.state}`)}
          </Tag>
        </Flex>
        <StateActions year={data.year} institutionIds={[data.institution.id]} state={data.state} hasFigures={data.items.some((i) => i.value !== null)} />
      </Flex>
      {!data.inYear && <Alert type="warning" showIcon title={t('drawer.notInYear')} />}
      {locked && <Alert type="info" showIcon title={t('locked')} />}
      {data.reopenReason && <Typography.Text type="secondary">{t('drawer.lastReopen', { reason: data.reopenReason })}</Typography.Text>}
      <Table<Item>
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={data.items}
        // The cell the completeness list pointed at stands out.
        onRow={(item) => (item.code === focus ? { style: { background: '#fffbe6' } } : {})}
        columns={[
          {
            title: t('drawer.indicator'),
            render: (_: unknown, item) => (
              <Flex vertical>
                <span>{label(item)}</span>
                {(verdicts[item.code] ?? (item.warning ? { level: 'warning' as const, text: item.warning } : null)) && (
                  <Typography.Text type={verdicts[item.code]?.level === 'error' ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
                    {verdicts[item.code]?.text ?? item.warning}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('drawer.previous'),
            width: 100,
            align: 'right',
            render: (_: unknown, item) => (item.previous === null ? '' : item.unit === 'yesno' ? t(item.previous === 1 ? 'yes' : 'no') : formatNumber(item.previous, 0)),
          },
          {
            title: t('drawer.value'),
            width: 150,
            render: (_: unknown, item) =>
              item.unit === 'yesno' ? (
                <Select
                  allowClear
                  disabled={locked}
                  value={current(item).value ?? undefined}
                  style={{ width: 120 }}
                  data-testid={`value-${item.code}`}
                  options={[{ value: 1, label: t('yes') }, { value: 0, label: t('no') }]}
                  onChange={(value) => change(item.code, { value: value ?? null })}
                />
              ) : (
                <InputNumber
                  disabled={locked}
                  min={0}
                  precision={0}
                  style={{ width: 130 }}
                  value={current(item).value}
                  formatter={vnNumber}
                  parser={vnParse}
                  data-testid={`value-${item.code}`}
                  status={verdicts[item.code]?.level === 'error' ? 'error' : undefined}
                  onChange={(value) => change(item.code, { value: value === null ? null : Number(value) })}
                />
              ),
          },
          {
            title: t('drawer.comment'),
            width: 280,
            render: (_: unknown, item) => (
              <Input.TextArea
                disabled={locked}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                value={current(item).comment ?? ''}
                data-testid={`comment-${item.code}`}
                onChange={(e) => change(item.code, { comment: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Flex justify="flex-end">
        <Button type="primary" disabled={locked || edits.length === 0} loading={save.isPending} onClick={submit} data-testid="save-institution">
          {t('drawer.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
