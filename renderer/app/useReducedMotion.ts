import { useSyncExternalStore } from 'react';

// The operating system's "reduce motion" setting (Windows: Settings › Accessibility › Visual effects › Animation
// effects). People who turn it off get no sliding drawers, zooming dialogs or growing chart bars here either.
const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
