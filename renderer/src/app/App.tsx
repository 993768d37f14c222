import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useRoute } from 'wouter';
import { useConnection } from '../api/connection';
import { mutate, useHostQuery } from '../api/queries';
import { HomePage } from '../home/HomePage';
import { ArticlePractice } from '../library/ArticlePractice';
import { PracticePage } from '../practice/PracticePage';
import { QuestionSearch } from '../search/QuestionSearch';
import { SearchPractice } from '../search/SearchPractice';
import { SettingsPage } from '../settings/SettingsPage';
import { LazyStats } from '../stats/LazyStats';
import { NoticeList } from './NoticeList';
import { lazyPage } from './lazy-page';
import { ROUTES } from './routes';
import { useDocumentSettings } from './useDocumentSettings';
import { DuePractice } from '../review/DuePractice';
import { StudyPractice } from '../study/StudyPractice';
import { MODE_ROUTES } from '../modes/mode-routes';
import { FocusRoute, RandomRoute } from '../modes/ModeRoutes';

// Screens beyond the start and practice ones load when first opened.
const ModesPage = lazyPage(() => import('../modes/ModesPage').then((m) => m.ModesPage));
const MemorisePage = lazyPage(() => import('../modes/MemorisePage').then((m) => m.MemorisePage));
const MistakesPage = lazyPage(() => import('../study/MistakesPage').then((m) => m.MistakesPage));
const LibraryPage = lazyPage(() => import('../library/LibraryPage').then((m) => m.LibraryPage));
const LawPage = lazyPage(() => import('../library/LawPage').then((m) => m.LawPage));
const ArticlePage = lazyPage(() => import('../library/ArticlePage').then((m) => m.ArticlePage));

export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const boot = useHostQuery('app.bootstrap', {}).data!;
  const connection = useConnection();
  const [onSettings] = useRoute(ROUTES.settings);
  const [onLibrary] = useRoute('/library/*?');
  const [onStats] = useRoute(ROUTES.stats);
  const [onMistakes] = useRoute(ROUTES.mistakes);
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
          <Link href={ROUTES.home} className="nav-item" aria-current={onSettings || onLibrary || onStats || onMistakes ? undefined : 'page'}>
            {t('nav.home')}
          </Link>
          <Link href={ROUTES.library} className="nav-item" aria-current={onLibrary ? 'page' : undefined}>
            {t('nav.library')}
          </Link>
          <Link href={ROUTES.mistakes} className="nav-item" aria-current={onMistakes ? 'page' : undefined}>
            {t('study.nav')}
          </Link>
          <Link href={ROUTES.stats} className="nav-item" aria-current={onStats ? 'page' : undefined}>
            {t('stats.nav')}
          </Link>
          <Link href={ROUTES.settings} className="nav-item" aria-current={onSettings ? 'page' : undefined}>
            {t('nav.settings')}
          </Link>
        </nav>
        <QuestionSearch />
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
          <Route path={ROUTES.mistakes} component={MistakesPage} />
          <Route path={ROUTES.mistakesPractice}>{(p) => <StudyPractice kind="mistakes" bankId={p.bankId} at={p.at} />}</Route>
          <Route path={ROUTES.favourites}>{(p) => <StudyPractice kind="favourites" bankId={p.bankId} at={p.at} />}</Route>
          <Route path={ROUTES.due}>{(p) => <DuePractice bankId={p.bankId} at={p.at} />}</Route>
          <Route path={ROUTES.search}>{(p) => <SearchPractice bankId={p.bankId} query={p.query} at={p.at} />}</Route>
          <Route path={MODE_ROUTES.modes}>{(p) => <ModesPage key={p.bankId ?? ''} bankId={p.bankId} />}</Route>
          <Route path={MODE_ROUTES.random}>{(p) => <RandomRoute seed={p.seed} bankId={p.bankId} at={p.at} />}</Route>
          <Route path={MODE_ROUTES.randomChapter}>{(p) => <RandomRoute seed={p.seed} bankId={p.bankId} chapterId={p.chapterId} at={p.at} />}</Route>
          <Route path={MODE_ROUTES.focus}>{(p) => <FocusRoute kind={p.kind} value={p.value} bankId={p.bankId} at={p.at} />}</Route>
          <Route path={MODE_ROUTES.memorise}>{(p) => <MemorisePage key={p.bankId} bankId={p.bankId} at={p.at} />}</Route>
          <Route path={ROUTES.library} component={LibraryPage} />
          <Route path={ROUTES.stats} component={LazyStats} />
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
