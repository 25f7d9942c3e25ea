import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../app/api-hooks';
import { useLocalTexts } from './local-texts';
import { texts } from './texts';
import { useDebounced } from '../../../components/useDebounced';

export interface PickedInstitution {
  value: number;
  label: string;
}

interface Props {
  value?: PickedInstitution | PickedInstitution[] | null;
  onChange?: (value: PickedInstitution | PickedInstitution[] | null) => void;
  multiple?: boolean;
  /** Institutions not to offer (e.g. the sources when picking the receiving one). */
  exclude?: number[];
  testId?: string;
}

/** Active institutions found by the register's own search, which ignores diacritics, case and NFC/NFD. */
export function InstitutionPicker({ value, onChange, multiple = false, exclude = [], testId }: Props) {
  const tx = useLocalTexts(texts);
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const query = useApiQuery('institutions.list', { search: term || undefined, limit: 20, filters: { status: ['active'] } });
  const options = (query.data?.rows ?? []).filter((r) => !exclude.includes(r.id)).map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }));
  return (
    <Select<PickedInstitution | PickedInstitution[]>
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      labelInValue
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onBlur={() => setSearch('')}
      options={options}
      loading={query.isFetching}
      placeholder={tx.picker.placeholder}
      notFoundContent={query.isFetching ? undefined : tx.picker.empty}
      allowClear
      style={{ width: '100%' }}
    />
  );
}
