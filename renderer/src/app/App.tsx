import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useRoute } from 'wouter';
import { useConnection } from '../api/connection';
import { mutate, useHostQuery } from '../api/queries';
import { HomePage } from '../home/HomePage';
import { ArticlePage } from '../library/ArticlePage';
import { ArticlePractice } from '../library/ArticlePractice';
import { LawPage } from '../library/LawPage';
import { LibraryPage } from '../library/LibraryPage';
import { PracticePage } from '../practice/PracticePage';
import { SettingsPage } from '../settings/SettingsPage';
import { NoticeList } from './NoticeList';
import { ROUTES } from './routes';
import { useDocumentSettings } from './useDocumentSettings';

export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const boot = useHostQuery('app.bootstrap', {}).data!;
  const connection = useConnection();
  const [onSettings] = useRoute(ROUTES.settings);
  const [onLibrary] = useRoute('/library/*?');
  useDocumentSettings(boot.settings);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <Link href={ROUTES.home} className="nav-item" aria-current={onSettings || onLibrary ? undefined : 'page'}>
            {t('nav.home')}
          </Link>
          <Link href={ROUTES.library} className="nav-item" aria-current={onLibrary ? 'page' : undefined}>
            {t('nav.library')}
          </Link>
          <Link href={ROUTES.settings} className="nav-item" aria-current={onSettings ? 'page' : undefined}>
            {t('nav.settings')}
          </Link>
        </nav>
      </header>
      {connection === 'reconnecting' && (
        <p className="connection-banner" role="status" data-connection="reconnecting">
          {t('app.reconnecting')}
        </p>
      )}
      <NoticeList notices={boot.notices} onDismiss={(id) => void mutate(client, 'notices.dismiss', { id }).catch(() => undefined)} />
      <main id="main" className="page" tabIndex={-1}>
        <Switch>
          <Route path={ROUTES.home} component={HomePage} />
          <Route path={ROUTES.settings}>{() => <SettingsPage settings={boot.settings} />}</Route>
          <Route path={ROUTES.bank}>{(p) => <PracticePage scope={{ kind: 'bank', bankId: p.bankId }} at={p.at} />}</Route>
          <Route path={ROUTES.chapter}>{(p) => <PracticePage scope={{ kind: 'chapter', bankId: p.bankId, chapterId: p.chapterId }} at={p.at} />}</Route>
          <Route path={ROUTES.wrong}>{(p) => <PracticePage scope={{ kind: 'wrong', bankId: p.bankId }} at={p.at} />}</Route>
          <Route path={ROUTES.article}>{(p) => <ArticlePractice bankId={p.bankId} law={p.law} article={p.article} at={p.at} />}</Route>
          <Route path={ROUTES.library} component={LibraryPage} />
          <Route path={ROUTES.libraryLaw}>{(p) => <LawPage key={p.lawId} lawId={p.lawId} />}</Route>
          <Route path={ROUTES.libraryArticle}>{(p) => <ArticlePage lawId={p.lawId} article={p.article} />}</Route>
          <Route>
            <p>{t('app.notFound')}</p>
          </Route>
        </Switch>
      </main>
    </>
  );
}
