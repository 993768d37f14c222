import { describe, expect, it } from 'vitest';
import type { Bank } from '@core/bank/schema';
import type { Scope } from '@core/scope/scope';
import { answerArg, call, hostDirs, openTestHost } from '../../test-support/host';
import { smallBank, writeBank } from '../../test-support/small-bank';

const pick = (...selected: number[]) => ({ kind: 'choice' as const, selected });

/** smallBank with tags and difficulties on some questions. */
function taggedDirs() {
  const dirs = hostDirs();
  const bank: Bank = smallBank('small');
  const [single, multiple, judge] = bank.questions;
  Object.assign(single!, { tags: ['处罚种类', '时效'], difficulty: 1 });
  Object.assign(multiple!, { tags: ['处罚种类'], difficulty: 3 });
  Object.assign(judge!, { difficulty: 1 });
  writeBank(dirs.banksDir, 'small.json', bank);
  writeBank(dirs.banksDir, 'other.json', smallBank('other'));
  return dirs;
}

const ids = async (host: ReturnType<typeof openTestHost>, scope: Scope) => (await call(host, 'practice.open', { scope })).items.map((i) => i.id);

describe('special practice scopes', () => {
  it('walks one type, one tag or one difficulty, in one bank or in all', async () => {
    const host = openTestHost(taggedDirs());
    expect(await ids(host, { kind: 'type', questionType: 'judge', bankId: 'small' })).toEqual(['small-judge']);
    expect(await ids(host, { kind: 'type', questionType: 'judge' })).toEqual(['other-judge', 'small-judge']);
    expect(await ids(host, { kind: 'type', questionType: 'case', bankId: 'small' })).toEqual(['small-case-a', 'small-case-b']);
    expect(await ids(host, { kind: 'tag', tag: '处罚种类' })).toEqual(['small-single', 'small-multiple']);
    expect(await ids(host, { kind: 'difficulty', level: 1, bankId: 'small' })).toEqual(['small-single', 'small-judge']);
  });
});

describe('modes.overview and modes.tags', () => {
  it('counts each mode’s questions and lists tags with counts per bank', async () => {
    const host = openTestHost(taggedDirs());
    const small = await call(host, 'modes.overview', { bankId: 'small' });
    expect(small).toMatchObject({ bankId: 'small', total: 5, types: { single: 1, multiple: 1, judge: 1, case: 2 }, seen: 0 });
    expect(small.difficulties).toEqual([{ level: 1, count: 2 }, { level: 2, count: 0 }, { level: 3, count: 1 }]);
    expect(small.tags).toEqual([{ tag: '处罚种类', count: 2 }, { tag: '时效', count: 1 }]);
    expect(small.round).toBeUndefined();
    expect((await call(host, 'modes.overview', {})).total).toBe(10);
    expect(await call(host, 'modes.tags', {})).toEqual([
      { bankId: 'other', tags: [] },
      { bankId: 'small', tags: small.tags },
    ]);
  });

  it('refuses an unknown bank', async () => {
    const host = openTestHost(hostDirs());
    expect((await host.dispatch('modes.overview', { bankId: 'nope' })).ok).toBe(false);
  });
});

describe('random rounds', () => {
  it('keeps the order it started with while answers change progress, and across a restart', async () => {
    const dirs = hostDirs();
    let host = openTestHost(dirs);
    await call(host, 'practice.answer', answerArg('small-single', pick(0))); // wrong: weakest of the answered
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true })); // right
    const { result } = await call(host, 'modes.newRound', { bankId: 'small' });
    const scope: Scope = { kind: 'random', seed: result.seed, bankId: 'small' };
    const first = await ids(host, scope);
    // Unseen first, then the latest wrong, the right one last.
    expect(first.slice(3)).toEqual(['small-single', 'small-judge']);
    expect(new Set(first.slice(0, 3))).toEqual(new Set(['small-multiple', 'small-case-a', 'small-case-b']));

    const wrongAnswer = { 'small-multiple': pick(1), 'small-case-a': pick(1), 'small-case-b': { kind: 'judge' as const, value: true } }[first[0]!]!;
    await call(host, 'practice.answer', answerArg(first[0]!, wrongAnswer, { scope, bankId: 'small' }));
    await call(host, 'practice.move', { scope, position: 1 });
    expect(await ids(host, scope)).toEqual(first);
    host.close();

    host = openTestHost(dirs);
    const reopened = await call(host, 'practice.open', { scope });
    expect(reopened.items.map((i) => i.id)).toEqual(first);
    expect(reopened.position).toBe(1);
    expect((await call(host, 'modes.overview', { bankId: 'small' })).round).toEqual({ seed: result.seed, position: 1, total: 5 });
  });

  it('a new round has a new seed, starts at the beginning and forgets the old position', async () => {
    const host = openTestHost(hostDirs());
    const a = (await call(host, 'modes.newRound', { bankId: 'small', chapterId: 'ch1' })).result.seed;
    const old: Scope = { kind: 'random', seed: a, bankId: 'small', chapterId: 'ch1' };
    await call(host, 'practice.move', { scope: old, position: 3 });
    const b = (await call(host, 'modes.newRound', { bankId: 'small', chapterId: 'ch1' })).result.seed;
    expect(b).not.toBe(a);
    expect((await call(host, 'practice.open', { scope: { ...old, seed: b } })).position).toBe(0);
    expect(host.ctx.positions.get('positions')[`random:${a}:small/ch1`]).toBeUndefined();
  });

  it('refuses a round in an unknown chapter and changes nothing', async () => {
    const host = openTestHost(hostDirs());
    expect((await host.dispatch('modes.newRound', { bankId: 'small', chapterId: 'nope' })).ok).toBe(false);
    expect(host.ctx.rounds.get('rounds')).toEqual({});
  });
});

describe('modes.seen (memorise)', () => {
  it('records questions as seen, not as answered', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect((await call(host, 'modes.seen', { bankId: 'small', questionIds: ['small-single', 'small-judge'] })).result).toEqual({ seen: 2 });
    expect(host.ctx.progress.questions.size).toBe(0);
    const { banks, today } = await call(host, 'banks.list', {});
    expect(banks[0]?.progress.answered).toBe(0);
    expect(today).toEqual({ answered: 0, correct: 0 });
    expect((await call(host, 'modes.overview', { bankId: 'small' })).seen).toBe(2);
  });

  it('refuses an unknown question and records none of the batch', async () => {
    const host = openTestHost(hostDirs());
    expect((await host.dispatch('modes.seen', { bankId: 'small', questionIds: ['small-single', 'nope'] })).ok).toBe(false);
    expect(host.ctx.seen.get('seen')).toEqual({});
  });
});
