import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { StartPage } from '../features/start/StartPage';
import { useApiQuery } from './api-hooks';
import { Shell } from './Shell';
import { useApiEvents } from './useApiEvents';
import { useErrorText } from './useErrorText';

/** With no data file open the user chooses one; with one open, the shell and its pages. */
export function AppRoot() {
  useApiEvents();
  const state = useApiQuery('app.getState', {});
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (state.isPending) return <Spin fullscreen description={t('app.loading')} />;
  if (state.isError) return <Result status="error" title={errorText(state.error)} />;
  return state.data.current ? <Shell state={state.data} /> : <StartPage state={state.data} />;
}
