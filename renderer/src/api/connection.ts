import { useSyncExternalStore } from 'react';

type Status = 'online' | 'reconnecting';
type Probe = () => Promise<boolean>;

/**
 * Whether the host answers. When a call finds it gone (the web host was restarted, the PC
 * woke from sleep) the page says "reconnecting", asks again every second and a half, and
 * once the host is back tells its listeners, which refetch what they show.
 */
function createConnection() {
  let status: Status = 'online';
  let probe: Probe | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const back = new Set<() => void>();
  const set = (s: Status) => {
    status = s;
    listeners.forEach((l) => l());
  };
  const poll = () => {
    timer = setTimeout(async () => {
      const ok = await probe?.().catch(() => false);
      if (!ok) return poll();
      timer = null;
      set('online');
      back.forEach((b) => b());
    }, 1500);
  };
  return {
    /** How to ask the host whether it is there (set once at start). */
    useProbe(p: Probe) {
      probe = p;
    },
    lost() {
      if (status === 'reconnecting' || !probe) return;
      set('reconnecting');
      if (!timer) poll();
    },
    onBack(f: () => void) {
      back.add(f);
      return () => back.delete(f);
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    status: () => status,
  };
}

export const connection = createConnection();

export function useConnection(): Status {
  return useSyncExternalStore(connection.subscribe, connection.status);
}
