import type { Scope } from '@core/scope/scope-schema';
import { bankParam } from '../modes/mode-routes';
import { PracticePage } from '../practice/PracticePage';

/** 今日复习: practises today's due queue (one bank, or all when the segment is ALL_BANKS). */
export function DuePractice({ bankId, at }: { bankId: string; at: string | undefined }) {
  const only = bankParam(bankId);
  const scope: Scope = only === undefined ? { kind: 'due' } : { kind: 'due', bankId: only };
  return <PracticePage scope={scope} at={at} />;
}
