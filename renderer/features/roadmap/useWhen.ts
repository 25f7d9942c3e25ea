import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "Quý 4/2026" or "Cả năm 2027": a milestone's due time as the planner says it. */
export function useWhen() {
  const { t } = useTranslation('roadmap');
  return useCallback((year: number, quarter: number | null) => (quarter ? `${t('quarter', { quarter })}/${year}` : `${t('wholeYear')} ${year}`), [t]);
}
