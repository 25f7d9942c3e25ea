import { DeleteOutlined, LineChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetValue, TrajectorySuggestion } from '../../../../electron/api/schemas/assessment';
import { formatPercent } from '../../../../electron/api/text/format';
import { api } from '../../../api';
import { useApiQuery } from '../../../app/api-hooks';
import { useErrorText } from '../../../app/useErrorText';
import { sortValues } from './target-form';

interface Props {
  targetId: number | null;
  kind: 'percent' | 'milestone';
  values: TargetValue[];
  onChange: (values: TargetValue[]) => void;
}

const CURRENT_YEAR = new Date().getFullYear();

/** The latest attainment measured up to this year, a natural start for a target that has only a final value. */
function useMeasuredStart(targetId: number | null) {
  const series = useApiQuery('assessment.attainmentSeries', { fromYear: 2022, toYear: 2030 }, { enabled: targetId !== null });
  return useMemo(() => {
    const points = series.data?.targets.find((s) => s.targetId === targetId)?.points ?? [];
    const last = points.filter((p) => p.percent !== null && p.year <= CURRENT_YEAR).at(-1);
    return last ? { year: last.year, percent: last.percent! } : null;
  }, [series.data, targetId]);
}

/** A target's yearly values, and a linear trajectory the planner may take into them before saving. */
export function TargetValuesEditor({ targetId, kind, values, onChange }: Props) {
  const { t } = useTranslation('targets', { keyPrefix: 'targets.editor' });
  const { t: tTargets } = useTranslation('targets', { keyPrefix: 'targets' });
  const errorText = useErrorText();
  const [replace, setReplace] = useState(false);
  const [fromMeasured, setFromMeasured] = useState(false);
  const [suggestion, setSuggestion] = useState<TrajectorySuggestion['values'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const measured = useMeasuredStart(targetId);
  const sorted = sortValues(values);

  const update = (year: number, patch: Partial<TargetValue>) => onChange(values.map((v) => (v.year === year ? { ...v, ...patch } : v)));
  const addYear = () => {
    const last = sorted.at(-1)?.year ?? 2024;
    const year = Math.min(2035, last + 1);
    if (values.some((v) => v.year === year)) return;
    onChange([...values, { year, percent: null, milestone: kind === 'milestone' ? 'formed' : null, isTrajectory: false }]);
  };
  const suggest = async () => {
    setProblem(null);
    try {
      const result = await api.call('targets.suggestTrajectory', {
        ...(targetId !== null ? { targetId } : {}),
        values,
        replaceTrajectory: replace,
        ...(fromMeasured && measured ? { start: measured } : {}),
      });
      setSuggestion(result.values);
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  const accept = () => {
    if (!suggestion) return;
    const byYear = new Map(values.map((v) => [v.year, v]));
    for (const point of suggestion) byYear.set(point.year, { year: point.year, percent: point.percent, milestone: null, isTrajectory: true });
    onChange([...byYear.values()]);
    setSuggestion(null);
  };

  return (
    <Flex vertical gap={8}>
      <Table<TargetValue>
        size="small"
        pagination={false}
        rowKey="year"
        dataSource={sorted}
        data-testid="target-values"
        columns={[
          {
            title: t('year'),
            dataIndex: 'year',
            width: 110,
            render: (year: number) => (
              <InputNumber
                size="small"
                min={2020}
                max={2035}
                value={year}
                aria-label={t('year')}
                onChange={(next) => next && !values.some((v) => v.year === next) && update(year, { year: next })}
              />
            ),
          },
          {
            title: t('value'),
            render: (_: unknown, row) =>
              kind === 'percent' ? (
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  step={0.1}
                  decimalSeparator=","
                  suffix="%"
                  value={row.percent}
                  aria-label={`${t('value')} ${row.year}`}
                  data-testid={`target-value-${row.year}`}
                  onChange={(percent) => update(row.year, { percent: percent ?? null })}
                />
              ) : (
                <Select size="small" value={row.milestone ?? 'formed'} style={{ width: 140 }} options={[{ value: 'formed', label: tTargets('milestone.formed') }]} onChange={(milestone) => update(row.year, { milestone })} />
              ),
          },
          {
            title: <span title={t('trajectoryHint')}>{t('trajectory')}</span>,
            width: 90,
            render: (_: unknown, row) => <Checkbox checked={row.isTrajectory} onChange={(e) => update(row.year, { isTrajectory: e.target.checked })} />,
          },
          {
            width: 48,
            render: (_: unknown, row) => (
              <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('remove')} onClick={() => onChange(values.filter((v) => v.year !== row.year))} />
            ),
          },
        ]}
      />
      <Space wrap>
        <Button size="small" icon={<PlusOutlined />} onClick={addYear}>
          {t('addYear')}
        </Button>
        {kind === 'percent' && (
          <Button size="small" icon={<LineChartOutlined />} onClick={() => void suggest()} data-testid="suggest-trajectory">
            {t('suggest')}
          </Button>
        )}
        {kind === 'percent' && <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>{t('replace')}</Checkbox>}
        {kind === 'percent' && measured && (
          <Checkbox checked={fromMeasured} onChange={(e) => setFromMeasured(e.target.checked)}>
            {t('startFrom', { year: measured.year, percent: formatPercent(measured.percent, 1) })}
          </Checkbox>
        )}
      </Space>
      <Typography.Text type="secondary">{t('suggestHint')}</Typography.Text>
      {problem && <Alert type="error" showIcon title={problem} />}
      {suggestion && (
        <Alert
          type={suggestion.length ? 'info' : 'warning'}
          showIcon
          data-testid="trajectory-suggestion"
          title={
            suggestion.length ? (
              <Space wrap>
                <Tag color="blue">{t('suggested')}</Tag>
                {suggestion.map((p) => (
                  <span key={p.year}>
                    {p.year}: <strong>{formatPercent(p.percent, 1)}</strong>
                    {p.replaces !== null && <Typography.Text type="secondary"> ({formatPercent(p.replaces, 1)})</Typography.Text>}
                  </span>
                ))}
              </Space>
            ) : (
              t('noSuggestion')
            )
          }
          action={
            suggestion.length ? (
              <Button size="small" type="primary" onClick={accept} data-testid="accept-trajectory">
                {t('accept')}
              </Button>
            ) : undefined
          }
        />
      )}
    </Flex>
  );
}
