import { CloseOutlined } from '@ant-design/icons';
import { Button, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../components/grid/types';
import { useReference } from '../../../components/useReference';
import type { Filters } from '../view';
import { SearchBox } from '../../../components/SearchBox';

/** Search, source and task-group filters, and the filters a chart or check opened the grid with, as tags. */
export function MatrixFilters(props: { filters: Filters; onFilters: (f: Filters) => void; onSearch: (s: string) => void; sources: Choice[]; drillLabel: string | null }) {
  const { filters, onFilters, onSearch, sources, drillLabel } = props;
  const { t } = useTranslation('capital');
  const { data: reference } = useReference();
  const set = (field: string, values: (string | number)[]) => {
    const next = { ...filters, [field]: values };
    if (values.length === 0) delete next[field];
    onFilters(next);
  };
  const drilled: { field: string; text: string }[] = [];
  for (const year of filters.gapYear ?? []) drilled.push({ field: 'gapYear', text: t('drill.gapYear', { year }) });
  for (const id of filters.projectId ?? []) drilled.push({ field: 'projectId', text: t('drill.project', { code: drillLabel ?? `#${id}` }) });
  return (
    <>
      <SearchBox testId="capital-matrix-search" placeholder={t('filters.search')} width={220} onSearch={onSearch} />
      <Select
        data-testid="capital-filter-source"
        aria-label={t('filters.source')}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('filters.source')}
        options={sources.map((s) => ({ value: String(s.value), label: s.label }))}
        value={(filters.sourceCode ?? []).map(String)}
        onChange={(values) => set('sourceCode', values)}
        style={{ width: 150 }}
      />
      <Select
        data-testid="capital-filter-group"
        aria-label={t('filters.taskGroup')}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('filters.taskGroup')}
        options={(reference?.taskGroups ?? []).map((g) => ({ value: g.code, label: g.code }))}
        value={(filters.taskGroupCode ?? []).map(String)}
        onChange={(values) => set('taskGroupCode', values)}
        style={{ width: 150 }}
      />
      {drilled.map((d) => (
        <Tag key={`${d.field}${d.text}`} color="blue" closable onClose={() => set(d.field, [])} data-testid={`capital-drill-${d.field}`}>
          {d.text}
        </Tag>
      ))}
      {Object.keys(filters).length > 0 && (
        <Button size="small" type="link" icon={<CloseOutlined />} onClick={() => onFilters({})} data-testid="capital-filters-clear">
          {t('filters.clear')}
        </Button>
      )}
    </>
  );
}
