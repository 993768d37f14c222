import { useState, useEffect } from 'react';
import type { ArgOf, Channel, ResultOf } from '../../../core/ipc/contract';
import type { AppErrorShape } from '../../../core/ipc/envelope';
import { send } from './client';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: AppErrorShape };

/** Loads one channel's result on mount (and when `arg` changes); `reload` asks again. */
export function useHost<C extends Channel>(channel: C, arg: ArgOf<C>) {
  const [attempt, setAttempt] = useState(0);
  const argText = JSON.stringify(arg);
  const request = `${channel} ${argText} #${attempt}`;
  const [answer, setAnswer] = useState<{ request: string; result: Loadable<ResultOf[C]> } | null>(null);

  useEffect(() => {
    let live = true;
    void send(channel, JSON.parse(argText) as ArgOf<C>).then((r) => {
      if (live) setAnswer({ request, result: r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error } });
    });
    return () => {
      live = false;
    };
  }, [channel, argText, request]);

  // An answer to an older request (other arg, earlier attempt) is not shown as current.
  const result: Loadable<ResultOf[C]> = answer?.request === request ? answer.result : { state: 'loading' };
  return { result, reload: () => setAttempt((a) => a + 1) };
}
