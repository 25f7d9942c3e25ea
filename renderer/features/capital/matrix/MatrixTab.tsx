import { Alert, Flex, Segmented } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalMeasure, MatrixRow } from '../../../../electron/api/schemas/capital';
import type { ApplyEditsInput, GridQuery } from '../../../../electron/api/schemas/grid';
import { api } from '../../../api';
import { useApiMutation } from '../../../app/api-hooks';
import { EditableGrid } from '../../../components/grid/EditableGrid';
import { useReference } from '../../../components/useReference';
import { type Filters, type Period, yearsOf } from '../view';
import { GapSummary } from './GapSummary';
import { matrixColumns } from './matrix-columns';
import { MatrixFilters } from './MatrixFilters';
import { SourceTotals } from './SourceTotals';

const MEASURES: CapitalMeasure[] = ['planned', 'adjusted', 'allocated', 'disbursed', 'disbursedOn'];
const rowLabel = (row: MatrixRow) => `${row.projectCode} · ${row.sourceCode}`;

interface Props {
  period: Period;
  measure: CapitalMeasure;
  onMeasure: (measure: CapitalMeasure) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  drillLabel: string | null;
}

/** The annual plan as a projects × years matrix (one row per project and source) with totals and the funding gap. */
export function MatrixTab({ period, measure, onMeasure, filters, onFilters, drillLabel }: Props) {
  const { t } = useTranslation('capital');
  const { data: reference } = useReference();
  const [search, setSearch] = useState('');
  const years = yearsOf(period);
  const sources = useMemo(() => (reference?.capitalSources ?? []).map((s) => ({ value: s.code, label: s.code })), [reference]);
  const columns = useMemo(() => matrixColumns(t, years, measure, sources), [t, years.join(), measure, sources]);
  const view = { measure, fromYear: period.startYear, toYear: period.endYear };
  const viewKey = JSON.stringify(view);
  const fetchPage = useCallback((query: GridQuery) => api.call('capital.matrix', { ...query, ...(JSON.parse(viewKey) as typeof view) }), [viewKey]);
  const fetchTotals = useCallback((query: GridQuery) => api.call('capital.matrixTotals', { ...query, ...(JSON.parse(viewKey) as typeof view) }), [viewKey]);
  const mutation = useApiMutation('capital.applyMatrixEdits');
  const { mutateAsync } = mutation;
  const applyEdits = useCallback((input: ApplyEditsInput) => mutateAsync({ ...input, measure }), [mutateAsync, measure]);
  const labels = useMemo(() => ({ paste: t('changeLabels.paste'), fill: t('changeLabels.fill'), clear: t('changeLabels.clear') }), [t]);
  const hint = measure === 'allocated' || measure === 'adjusted' ? t(`measureHint.${measure}`) : null;

  return (
    <Flex vertical gap={12}>
      <GapSummary period={period} />
      <Segmented<CapitalMeasure>
        data-testid="capital-measure"
        aria-label={t('measure.label')}
        value={measure}
        onChange={onMeasure}
        options={MEASURES.map((m) => ({ value: m, label: t(`measure.${m}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {hint && <Alert type="info" showIcon title={hint} data-testid="capital-measure-hint" />}
      <EditableGrid<MatrixRow>
        gridId="capital-matrix"
        testId="capital-matrix"
        ariaLabel={t('grid')}
        columns={columns}
        queryKey={[viewKey]}
        fetchPage={fetchPage}
        fetchTotals={fetchTotals}
        search={search}
        filters={filters}
        applyEdits={measure === 'allocated' ? undefined : applyEdits}
        rowLabel={rowLabel}
        changeLabels={labels}
        height="max(360px, calc(100vh - 500px))"
        toolbar={<MatrixFilters filters={filters} onFilters={onFilters} onSearch={setSearch} sources={sources} drillLabel={drillLabel} />}
      />
      <SourceTotals period={period} measure={measure === 'disbursedOn' ? 'disbursed' : measure} />
    </Flex>
  );
}
