import { describe, expect, it } from 'vitest';
import { orderedSaves } from './ordered-saves';

/** A save whose replies the test releases by hand, in any order. */
function slowSaves() {
  const log: number[] = [];
  const pending: (() => void)[] = [];
  const save = (v: number) =>
    new Promise<void>((resolve) => {
      log.push(v);
      pending.push(resolve);
    });
  return { log, pending, save };
}

describe('orderedSaves', () => {
  it('never sends an earlier position after a later one, and skips the ones overtaken', async () => {
    const s = slowSaves();
    const q = orderedSaves(s.save);
    q.push(1);
    q.push(2);
    q.push(3);
    q.push(4);
    expect(s.log).toEqual([1]); // one in flight at a time
    s.pending.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(s.log).toEqual([1, 4]); // 2 and 3 were overtaken before they were sent
    s.pending.shift()!();
    await q.idle();
    expect(s.log).toEqual([1, 4]);
  });

  it('goes on after a failed save', async () => {
    const sent: number[] = [];
    const q = orderedSaves(async (v: number) => {
      sent.push(v);
      if (v === 1) throw new Error('offline');
    });
    q.push(1);
    q.push(2);
    await q.idle();
    expect(sent).toEqual([1, 2]);
  });
});
