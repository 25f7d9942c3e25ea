import { useCallback, useEffect, useState } from 'react';

// 300 ms: long enough that typing a name sends one query per pause rather than one per key (each query pages a
// grid from SQL), short enough to feel immediate.
export const SEARCH_DELAY_MS = 300;

/** `value`, once it has stayed the same for `ms`. */
export function useDebounced<T>(value: T, ms = SEARCH_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A search box's state: what is typed, and the search to run (trimmed), which follows the typing once it pauses,
 * or at once on Enter (`searchNow`, for antd's Input.Search `onSearch`).
 */
export function useSearchText() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const searchNow = useCallback((value: string) => {
    setTyped(value);
    setSearch(value.trim());
  }, []);
  return { typed, setTyped, search, searchNow };
}
