import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** A readable sentence for any failure: the code's translation, then the service's specific explanation. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const headline = t(`errors.${error.code}`);
      return error.message && error.message !== headline ? `${headline} ${error.message}` : headline;
    }
    return error instanceof Error ? error.message : String(error);
  };
}
