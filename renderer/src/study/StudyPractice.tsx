import type { Scope } from '@core/scope/scope-schema';
import { bankParam } from '../modes/mode-routes';
import { PracticePage } from '../practice/PracticePage';

/** Practises the 错题本 or the favourites (one bank, or all when the segment is ALL_BANKS). */
export function StudyPractice({ kind, bankId, at }: { kind: 'mistakes' | 'favourites'; bankId: string; at: string | undefined }) {
  const only = bankParam(bankId);
  const scope: Scope = only === undefined ? { kind } : { kind, bankId: only };
  return <PracticePage scope={scope} at={at} />;
}
