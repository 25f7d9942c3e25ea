import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { OpenPackages } from './OpenPackages';
import { PackageList } from './PackageList';
import { RollupView } from './RollupView';

/** The ministry's side: provinces' data packages verified, imported and rolled up nationally (issue 6). */
export function ConsolidationPage() {
  const { t } = useTranslation('consolidation');
  return (
    <Page name="consolidation" title={t('title')} intro={t('intro')}>
      <OpenPackages />
      <RollupView />
      <PackageList />
    </Page>
  );
}
