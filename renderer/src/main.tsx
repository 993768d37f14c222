import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { languageForLocale } from '@core/settings/options';
import i18n from './i18n/i18n';
import { send } from './api/client';
import { connection } from './api/connection';
import { createQueryClient, mutate, queryKey } from './api/queries';
import { App } from './app/App';
// Listens from the first page on, before any lazily loaded screen asks whether Back stays in the app.
import './app/in-app-history';
import { BootFailure } from './app/BootFailure';
import './styles/base.css';
import './styles/layout.css';
import './styles/practice.css';

const root = createRoot(document.getElementById('root')!);
const client = createQueryClient();
connection.useProbe(async () => (await window.lawdrill['app.bootstrap']({})).ok);
// Once the host is back, everything shown is asked for again.
connection.onBack(() => void client.invalidateQueries());

async function boot() {
  // Settings arrive before the first paint so the page never flashes in the wrong language or size.
  const r = await send('app.bootstrap', {});
  if (!r.ok) {
    root.render(<BootFailure error={r.error} />);
    return;
  }
  let boot = r.value;
  client.setQueryData(queryKey('app.bootstrap', {}), boot);
  if (boot.firstRun) {
    // Nothing chosen yet: follow the person's own browser/OS language, not the server's.
    const language = languageForLocale(navigator.languages?.[0] ?? navigator.language);
    if (language !== boot.settings.language) {
      await mutate(client, 'settings.update', { language }).catch(() => undefined);
      boot = client.getQueryData(queryKey('app.bootstrap', {})) ?? boot;
    }
  }
  await i18n.changeLanguage(boot.settings.language);
  root.render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <Router hook={useHashLocation}>
          <App />
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
}
void boot();
