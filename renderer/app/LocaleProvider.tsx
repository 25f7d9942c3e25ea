import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReducedMotion } from './useReducedMotion';

/** antd components, dayjs dates and i18next speak the same language, Vietnamese first; motion as the OS asks. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'vi');
    document.documentElement.lang = english ? 'en' : 'vi';
  }, [english]);
  return (
    <ConfigProvider locale={english ? enUS : viVN} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 4, motion: !reducedMotion } }}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  );
}
