import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { api } from './api';
import { AppRoot } from './app/AppRoot';
import { LocaleProvider } from './app/LocaleProvider';
import { initI18n } from './i18n';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // The data lives on this PC and only this app changes it: no background refetching, no retries on errors
    // that would only repeat (a refused file stays refused).
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

async function boot() {
  const state = await api.call('app.getState', {});
  initI18n(state.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <HashRouter>
            <AppRoot />
          </HashRouter>
        </LocaleProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
