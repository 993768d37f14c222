import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '@core/bank/schema';
import { smallBank, writeBank } from '../../test-support/small-bank';
import { answerArg, call, hostDirs, openTestHost, type TestDirs } from '../../test-support/host';

/** Two banks: "small" (five questions quoting "Quoted article text.") and "other", whose one question quotes a full-width article. */
function searchDirs(): TestDirs {
  const dirs = hostDirs();
  writeBank(dirs.banksDir, 'small.json', smallBank('small'));
  const quoted: Question = {
    id: 'other-1',
    type: 'judge',
    stem: 'May a fine be imposed?',
    explanation: 'See the article.',
    answer: true,
    basis: [{ law: 'apl', article: 9, quote: '行政处罚的种类：（二）罚款２０００元。' }],
  };
  writeBank(dirs.banksDir, 'other.json', { ...smallBank('other'), title: 'Other bank', questions: [...smallBank('other').questions, quoted] });
  return dirs;
}

describe('search.questions', () => {
  it('finds a quoted article typed in half-width, with the bank, the article and the match marked', async () => {
    const host = openTestHost(searchDirs());
    const { total, matches } = await call(host, 'search.questions', { query: '(二)罚款2000' });
    expect(total).toBe(1);
    const [m] = matches;
    expect(m).toMatchObject({ bankId: 'other', bankTitle: 'Other bank', questionId: 'other-1', type: 'judge', position: 5 });
    expect(m!.article).toEqual({ law: 'apl', lawTitle: 'Administrative Penalty Law', article: 9 });
    expect(m!.hits.map((h) => [h.field, h.index, h.count])).toEqual([['basis', 0, 1]]);
    const { text, ranges } = m!.hits[0]!.snippet;
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['（二）罚款２０００']);
  });

  it('searches every bank in order, or one, and caps what it sends at the limit', async () => {
    const host = openTestHost(searchDirs());
    const all = await call(host, 'search.questions', { query: 'STEM OF' });
    expect(all.total).toBe(10);
    expect(all.matches.map((m) => m.questionId).slice(0, 2)).toEqual(['other-single', 'other-multiple']);
    expect(all.matches[0]!.hits.map((h) => h.field)).toEqual(['stem']);
    const one = await call(host, 'search.questions', { query: 'stem of', bankId: 'small', limit: 3 });
    expect([one.total, one.matches.map((m) => m.questionId)]).toEqual([5, ['small-single', 'small-multiple', 'small-judge']]);
    expect(await call(host, 'search.questions', { query: ' ' })).toEqual({ total: 0, matches: [] });
  });

  it('refuses an empty query or a limit beyond the cap, and changes nothing', async () => {
    const host = openTestHost(searchDirs());
    expect(await host.dispatch('search.questions', { query: '' })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(await host.dispatch('search.questions', { query: 'a', limit: 201 })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });
});

describe('practising all results of a search', () => {
  it('walks exactly the questions the search found, in bank order, with its own position per folded query', async () => {
    const dirs = searchDirs();
    const host = openTestHost(dirs);
    const found = await call(host, 'search.questions', { query: 'why other-c' });
    const scope = { kind: 'search' as const, query: 'why other-c' };
    const opened = await call(host, 'practice.open', { scope });
    expect(opened.items.map((i) => [i.bankId, i.id])).toEqual(found.matches.map((m) => [m.bankId, m.questionId]));
    expect(opened.items.map((i) => i.id)).toEqual(['other-case-a', 'other-case-b']);
    await call(host, 'practice.answer', answerArg('other-case-a', { kind: 'choice', selected: [0] }, { scope, bankId: 'other' }));
    await call(host, 'practice.move', { scope, position: 1 });
    // The same query typed another way (upper case, full-width) resumes the same walk.
    expect((await call(openTestHost(dirs), 'practice.open', { scope: { kind: 'search', query: 'ＷＨＹ  ＯＴＨＥＲ-Ｃ' } })).position).toBe(1);
    expect((await call(openTestHost(dirs), 'practice.open', { scope: { kind: 'search', query: 'why other-c', bankId: 'other' } })).position).toBe(0);
    expect((await call(host, 'practice.open', { scope: { kind: 'search', query: 'why other-c', bankId: 'small' } })).items).toEqual([]);
  });
});

describe('the bundled banks', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const host = openTestHost({ ...hostDirs(), banksDir: path.join(root, 'question-banks') });

  it('finds a phrase across banks, capped at 200 results', async () => {
    await call(host, 'search.questions', { query: '预热' });
    const { total, matches } = await call(host, 'search.questions', { query: '行政处罚' });
    expect(total).toBeGreaterThan(200);
    expect(matches).toHaveLength(200);
    expect(new Set(matches.map((m) => m.bankId)).size).toBeGreaterThan(1);
  });
});
