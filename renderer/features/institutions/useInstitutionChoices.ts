import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../components/useReference';
import type { InstitutionChoices } from './columns';

const STATUSES = ['active', 'merged', 'split', 'dissolved'] as const;

/** Types, ownership kinds and statuses as the grid's and the filters' choices, labelled in the UI language. */
export function useInstitutionChoices(): InstitutionChoices {
  const { t } = useTranslation('institutions');
  const { data, label } = useReference();
  return useMemo(
    () => ({
      types: (data?.institutionTypes ?? []).map((item) => ({ value: item.code, label: label(item) })),
      ownerships: (data?.ownershipKinds ?? []).map((item) => ({ value: item.code, label: label(item) })),
      statuses: STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
    }),
    [data, label, t],
  );
}
