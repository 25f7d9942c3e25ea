import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { texts as backups } from '../features/backups/texts';
import { texts as capital } from '../features/capital/texts';
import { texts as institutions } from '../features/institutions/texts';
import { texts as overview } from '../features/overview/texts';
import { texts as projects } from '../features/projects/texts';
import { texts as consolidation } from '../features/consolidation/texts';
import { texts as roadmap } from '../features/roadmap/texts';
import { texts as submission } from '../features/submission/texts';
import { texts as targets } from '../features/targets/texts';
import { en } from './en';
import { vi } from './vi';

const features = { backups, capital, consolidation, institutions, overview, projects, roadmap, submission, targets };

/** Shared texts are the default namespace; each feature page has its own namespace named after its folder. */
export function initI18n(language: 'vi' | 'en') {
  const resources: Record<'vi' | 'en', Record<string, object>> = { vi: { common: vi }, en: { common: en } };
  for (const [name, texts] of Object.entries(features)) {
    resources.vi[name] = texts.vi;
    resources.en[name] = texts.en;
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'vi',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

export { i18n };
