import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import i18n from './i18n/i18n';
import { send } from './api/client';
import { App } from './app/App';
import { BootFailure } from './app/BootFailure';
import './styles/base.css';
import './styles/layout.css';
import './styles/practice.css';

const root = createRoot(document.getElementById('root')!);

// Settings arrive before the first paint so the page never flashes in the wrong language or size.
void send('app.bootstrap', {}).then(async (r) => {
  if (r.ok) await i18n.changeLanguage(r.value.settings.language);
  root.render(<StrictMode>{r.ok ? <App boot={r.value} /> : <BootFailure error={r.error} />}</StrictMode>);
});
