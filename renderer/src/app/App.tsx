import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, ResultOf } from '../../../core/ipc/contract';
import type { Settings } from '../../../core/settings/options';
import { send } from '../api/client';
import { HomePage } from '../home/HomePage';
import { PracticePage } from '../practice/PracticePage';
import { SettingsPage } from '../settings/SettingsPage';
import { NoticeList } from './NoticeList';
import { useDocumentSettings } from './useDocumentSettings';

export type View = { name: 'home' } | { name: 'practice'; bankId: string; chapterId?: string } | { name: 'settings' };

export function App({ boot }: { boot: ResultOf['app.bootstrap'] }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings>(boot.settings);
  const [notices, setNotices] = useState<Notice[]>(boot.notices);
  const [view, setView] = useState<View>({ name: 'home' });
  useDocumentSettings(settings);

  const dismiss = (id: string) => {
    setNotices((all) => all.filter((n) => n.id !== id));
    void send('notices.dismiss', { id });
  };
  const navItem = (target: 'home' | 'settings', label: string) => {
    const go: View = target === 'home' ? { name: 'home' } : { name: 'settings' };
    const current = view.name === target || (target === 'home' && view.name === 'practice');
    return (
      <button type="button" className="nav-item" aria-current={current ? 'page' : undefined} onClick={() => setView(go)}>
        {label}
      </button>
    );
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          {navItem('home', t('nav.home'))}
          {navItem('settings', t('nav.settings'))}
        </nav>
      </header>
      <NoticeList notices={notices} onDismiss={dismiss} />
      <main id="main" className="page" tabIndex={-1}>
        {view.name === 'home' && <HomePage onPractise={(bankId, chapterId) => setView({ name: 'practice', bankId, ...(chapterId && { chapterId }) })} />}
        {view.name === 'practice' && <PracticePage bankId={view.bankId} chapterId={view.chapterId} onExit={() => setView({ name: 'home' })} />}
        {view.name === 'settings' && <SettingsPage settings={settings} onChange={setSettings} />}
      </main>
    </>
  );
}
