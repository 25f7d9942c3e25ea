import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useDebounced } from './useDebounced';

/**
 * The search box of every grid and list: `onSearch` gets the trimmed text once typing pauses, or at once on Enter
 * (and '' when cleared). `onSearch` should be stable (a state setter), as it is called again whenever it changes.
 */
export function SearchBox(props: { placeholder: string; width: number; onSearch: (search: string) => void; testId?: string }) {
  const { onSearch } = props;
  const [typed, setTyped] = useState('');
  const settled = useDebounced(typed.trim());
  useEffect(() => onSearch(settled), [settled, onSearch]);
  return (
    <Input.Search
      data-testid={props.testId}
      aria-label={props.placeholder}
      placeholder={props.placeholder}
      allowClear
      value={typed}
      onChange={(e) => setTyped(e.target.value)}
      onSearch={(value) => {
        setTyped(value);
        onSearch(value.trim());
      }}
      style={{ width: props.width }}
    />
  );
}
