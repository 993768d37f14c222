import { useTranslation } from 'react-i18next';
import { PracticePage } from '../practice/PracticePage';
import { bankParam, focusScope, seedParam } from './mode-routes';

/** A random round's route: its seed and place; a seed that is not one is "not found". */
export function RandomRoute({ seed, bankId, chapterId, at }: { seed: string; bankId: string; chapterId?: string; at: string | undefined }) {
  const { t } = useTranslation();
  const n = seedParam(seed);
  const bank = bankParam(bankId);
  if (n === undefined || (chapterId !== undefined && bank === undefined)) return <p>{t('app.notFound')}</p>;
  const scope = { kind: 'random' as const, seed: n, ...(bank !== undefined && { bankId: bank }), ...(chapterId !== undefined && { chapterId }) };
  return <PracticePage scope={scope} at={at} />;
}

/** 专项练习's route: by type, tag or difficulty, in a bank or all. */
export function FocusRoute({ kind, value, bankId, at }: { kind: string; value: string; bankId: string; at: string | undefined }) {
  const { t } = useTranslation();
  const scope = focusScope(kind, value, bankParam(bankId));
  if (!scope) return <p>{t('app.notFound')}</p>;
  return <PracticePage scope={scope} at={at} />;
}
