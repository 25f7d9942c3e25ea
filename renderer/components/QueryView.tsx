import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../app/useErrorText';

/** Loading and failure of a read look the same on every page; children render only with data in hand. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.isPending) return <Spin description={t('app.loading')}><div style={{ minHeight: 120 }} /></Spin>;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  return <>{children(query.data)}</>;
}
