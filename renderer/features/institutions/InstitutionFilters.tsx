import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '../../../electron/api/text/vietnamese';
import type { Choice } from '../../components/grid/types';
import type { InstitutionChoices } from './columns';
import { SearchBox } from '../../components/SearchBox';

// A type, not an interface: it must fit the grid query's filters (a record of field → values).
export type InstitutionFilterValues = {
  typeCode: string[];
  ownershipCode: string[];
  status: string[];
};

const matches = (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

function FilterSelect(props: { testId: string; placeholder: string; options: Choice[]; value: string[]; onChange: (value: string[]) => void; width: number }) {
  return (
    <Select
      data-testid={props.testId}
      aria-label={props.placeholder}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={props.placeholder}
      options={props.options.map((o) => ({ value: String(o.value), label: o.label }))}
      value={props.value}
      onChange={props.onChange}
      filterOption={matches}
      style={{ width: props.width }}
    />
  );
}

/** Search (without diacritics, by name or code) and filters by type, ownership and status, applied in SQL. */
export function InstitutionFilters(props: {
  choices: InstitutionChoices;
  filters: InstitutionFilterValues;
  onFilters: (filters: InstitutionFilterValues) => void;
  onSearch: (search: string) => void;
}) {
  const { t } = useTranslation('institutions');
  const { onSearch, filters, onFilters, choices } = props;
  return (
    <>
      <SearchBox testId="institutions-grid-search" placeholder={t('search')} width={220} onSearch={onSearch} />
      <FilterSelect testId="institutions-filter-type" placeholder={t('filters.type')} options={choices.types} value={filters.typeCode} onChange={(typeCode) => onFilters({ ...filters, typeCode })} width={150} />
      <FilterSelect testId="institutions-filter-ownership" placeholder={t('filters.ownership')} options={choices.ownerships} value={filters.ownershipCode} onChange={(ownershipCode) => onFilters({ ...filters, ownershipCode })} width={120} />
      <FilterSelect testId="institutions-filter-status" placeholder={t('filters.status')} options={choices.statuses} value={filters.status} onChange={(status) => onFilters({ ...filters, status })} width={140} />
    </>
  );
}
