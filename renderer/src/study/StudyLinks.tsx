import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useHostQuery } from '../api/queries';
import { practicePath, ROUTES } from '../app/routes';
import './study.css';

/** The start screen's way into the 错题本 and the favourites, with their counts. */
export function StudyLinks() {
  const { t } = useTranslation();
  // Asked afresh on every visit to the start screen (answers move questions in and out).
  const overview = useHostQuery('study.overview', {}, { gcTime: 0 });
  if (!overview.data) return null;
  const { mistakes, favourites } = overview.data;
  return (
    <nav className="study-links" aria-label={t('study.title')} data-testid="study-links">
      <Link className="button" href={ROUTES.mistakes} data-action="open-mistakes" data-count={mistakes}>
        {t('study.homeLink', { count: mistakes })}
      </Link>
      {favourites > 0 && (
        <Link className="button" href={practicePath({ kind: 'favourites' }, 0)} data-action="practise-favourites" data-count={favourites}>
          {t('study.favouritesLink', { count: favourites })}
        </Link>
      )}
    </nav>
  );
}
