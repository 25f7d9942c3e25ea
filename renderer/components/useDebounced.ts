import { useEffect, useState } from 'react';

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
