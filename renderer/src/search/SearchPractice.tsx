import { useTranslation } from 'react-i18next';
import { bankParam } from '../modes/mode-routes';
import { PracticePage } from '../practice/PracticePage';

/**
 * The route segment as typed: the router has undone %-escapes except those of reserved
 * characters ("/", "?", "#" …), which practicePath's encodeURIComponent made; a lone "%"
 * left by the router's decoding stays as it is.
 */
function queryFromParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** "Practise all results" of a search: the questions containing the query, in bank order. */
export function SearchPractice({ bankId, query, at }: { bankId: string; query: string; at: string | undefined }) {
  const { t } = useTranslation();
  const q = queryFromParam(query).trim();
  if (!q || q.length > 200) return <p>{t('app.notFound')}</p>;
  const bank = bankParam(bankId);
  return <PracticePage scope={{ kind: 'search', query: q, ...(bank !== undefined && { bankId: bank }) }} at={at} />;
}
