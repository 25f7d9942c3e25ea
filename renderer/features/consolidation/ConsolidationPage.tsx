import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

/** The ministry's side: provinces' data packages verified and rolled up (issue 6). */
export function ConsolidationPage() {
  const { t } = useTranslation('consolidation');
  return <Page name="consolidation" title={t('title')}>{null}</Page>;
}
