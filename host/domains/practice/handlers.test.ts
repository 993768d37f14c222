import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '@core/bank/schema';
import { answerArg, bankScope, call, hostDirs, openTestHost } from '../../test-support/host';
import { smallBank, writeBank } from '../../test-support/small-bank';
import { FIXED_NOW } from '../../test-support/temp';

const pick = (...selected: number[]) => ({ kind: 'choice' as const, selected });
const historyLines = (dataDir: string) =>
  fs
    .readdirSync(path.join(dataDir, 'history'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(path.join(dataDir, 'history', f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('practice.open', () => {
  it('sends the questions without keys, explanations or bases', async () => {
    const host = openTestHost(hostDirs());
    const session = await call(host, 'practice.open', { scope: bankScope() });
    expect(session.items.map((i) => i.id)).toEqual(['small-single', 'small-multiple', 'small-judge', 'small-case-a', 'small-case-b']);
    const text = JSON.stringify(session.items);
    for (const leak of ['"answer"', 'explanation', 'basis', 'Quoted article text', 'Why small']) expect(text).not.toContain(leak);
    expect(session.items[0]).toMatchObject({ type: 'single', options: ['A', 'B', 'C'], order: expect.any(Array) });
    expect(session.items[3]?.caseSet).toEqual({ id: 'small-case', material: 'Case material.', index: 0, size: 2 });
  });
});

describe('practice.answer', () => {
  it('records everything about the answer, durably, and replies with the key and what changed', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const arg = answerArg('small-multiple', pick(0), { elapsedMs: 7300 });
    const reply = await call(host, 'practice.answer', arg);
    expect(reply.result).toEqual({
      saved: true,
      correct: false,
      reveal: { questionId: 'small-multiple', key: pick(0, 2), explanation: 'Why small-multiple.', basis: [{ law: 'apl', article: 3, quote: 'Quoted article text.' }] },
      question: { attempts: 1, correct: 0, lastCorrect: false, lastAt: FIXED_NOW, streak: 0, lastResponse: pick(0) },
    });
    expect(reply.changes.questions).toEqual({ 'small-multiple': reply.result.question });
    expect(reply.changes.banks?.[0]).toMatchObject({ id: 'small', progress: { total: 5, answered: 1, mastered: 0 }, wrong: 1 });
    expect(reply.changes.today).toEqual({ answered: 1, correct: 0 });
    expect(historyLines(dirs.dataDir)).toEqual([
      { v: 2, id: arg.id, kind: 'answer', questionId: 'small-multiple', bankId: 'small', response: pick(0), correct: false, at: FIXED_NOW, elapsedMs: 7300, mode: 'practice', sessionId: 'test-session' },
    ]);
  });

  it('a retried request (same id) is recorded once and folds once', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const arg = answerArg('small-single', pick(1));
    const first = await call(host, 'practice.answer', arg);
    const again = await call(host, 'practice.answer', arg);
    expect(again.result).toEqual(first.result);
    expect(again.result.question?.attempts).toBe(1);
    expect(historyLines(dirs.dataDir)).toHaveLength(1);
    // After a restart the retry is still recognised.
    const reopened = openTestHost(dirs);
    await call(reopened, 'practice.answer', arg);
    expect(historyLines(dirs.dataDir)).toHaveLength(1);
    expect(reopened.ctx.progress.questions.get('small-single')?.attempts).toBe(1);
  });

  it('marks answers given while reviewing wrong ones as review', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true }, { scope: { kind: 'wrong', bankId: 'small' } }));
    expect(historyLines(dirs.dataDir)[0]).toMatchObject({ mode: 'review' });
  });

  it.each([
    ['an unknown bank', answerArg('small-single', pick(1), { scope: bankScope('nope') }), 'bank.not-found'],
    ['an unknown question', answerArg('nope', pick(1)), 'question.not-found'],
    ['two picks on a single choice', answerArg('small-single', pick(0, 1)), 'ipc.bad-request'],
    ['an option that does not exist', answerArg('small-single', pick(7)), 'ipc.bad-request'],
    ['a choice on a judge question', answerArg('small-judge', pick(0)), 'ipc.bad-request'],
    ['an event id that is not a UUID', answerArg('small-single', pick(1), { id: 'abc' }), 'ipc.bad-request'],
  ])('refuses %s with %s and records nothing', async (_, arg, code) => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect(await host.dispatch('practice.answer', arg)).toMatchObject({ ok: false, error: { code } });
    expect(host.ctx.progress.questions.size).toBe(0);
    expect(fs.readdirSync(path.join(dirs.dataDir, 'history')).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
  });

  it('answers store.write-failed when the history cannot be written, and counts nothing', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    fs.mkdirSync(path.join(dirs.dataDir, 'history', 'attempts-2026-01.jsonl')); // the segment is a folder now
    expect(await host.dispatch('practice.answer', answerArg('small-single', pick(1)))).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
    expect(host.ctx.progress.questions.size).toBe(0);
    expect((await call(host, 'banks.list', {})).banks[0]?.progress.answered).toBe(0);
  });

  it('in a read-only data folder: grades and shows, says it did not save, keeps nothing', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs, { writable: () => false });
    expect((await call(host, 'app.bootstrap', {})).readOnly).toBe(true);
    const reply = await call(host, 'practice.answer', answerArg('small-single', pick(1)));
    expect(reply).toEqual({ result: expect.objectContaining({ saved: false, correct: true, question: null }), changes: {} });
    expect(host.ctx.progress.questions.size).toBe(0);
  });
});

describe('practice.move', () => {
  it('keeps the position across a re-open; the end of the bank means finished', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect((await call(host, 'practice.move', { scope: bankScope(), position: 3 })).result).toEqual({ position: 3 });
    expect((await call(openTestHost(dirs), 'practice.open', { scope: bankScope() })).position).toBe(3);
    const done = await call(host, 'practice.move', { scope: bankScope(), position: 99 });
    expect(done.result).toEqual({ position: 5 });
    expect(done.changes.banks?.[0]).toMatchObject({ id: 'small', position: 5 });
  });

  it('answers store.write-failed when the position cannot be saved', async () => {
    const host = openTestHost(hostDirs());
    host.ctx.positions.set = () => {
      throw new Error('EROFS');
    };
    expect(await host.dispatch('practice.move', { scope: bankScope(), position: 1 })).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
  });
});

describe('practice.reveal', () => {
  it('gives keys only when asked for them, and refuses unknown questions', async () => {
    const host = openTestHost(hostDirs());
    const [r] = await call(host, 'practice.reveal', { bankId: 'small', questionIds: ['small-judge'] });
    expect(r).toMatchObject({ questionId: 'small-judge', key: { kind: 'judge', value: true } });
    expect(await host.dispatch('practice.reveal', { bankId: 'small', questionIds: ['x'] })).toMatchObject({ ok: false, error: { code: 'question.not-found' } });
  });
});

/** smallBank plus a second chapter holding one extra judge question citing article 15. */
function twoChapterDirs() {
  const dirs = hostDirs();
  const bank: Bank = smallBank('small');
  bank.chapters.push({ id: 'ch2', title: 'Second', articles: [11, 20] });
  const extra: Question = { id: 'small-ch2', type: 'judge', stem: 'In chapter two?', explanation: 'e', answer: true, basis: [{ law: 'apl', article: 15, quote: 'q' }] };
  bank.questions.push(extra);
  writeBank(dirs.banksDir, 'small.json', bank);
  return dirs;
}

describe('scopes: chapters and wrong answers', () => {
  it('opens only a chapter’s questions and lists per-chapter progress', async () => {
    const host = openTestHost(twoChapterDirs());
    const opened = await call(host, 'practice.open', { scope: { kind: 'chapter', bankId: 'small', chapterId: 'ch2' } });
    expect(opened.items.map((i) => i.id)).toEqual(['small-ch2']);
    expect(opened.chapterTitle).toBe('Second');
    await call(host, 'practice.answer', answerArg('small-ch2', { kind: 'judge', value: true }));
    const { banks } = await call(host, 'banks.list', {});
    expect(banks[0]!.chapters.map((c) => [c.id, c.progress.answered, c.progress.total])).toEqual([
      ['ch1', 0, 5],
      ['ch2', 1, 1],
    ]);
  });

  it('keeps a chapter’s position apart from the whole bank’s, across a restart', async () => {
    const dirs = twoChapterDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.move', { scope: { kind: 'chapter', bankId: 'small', chapterId: 'ch1' }, position: 3 });
    await call(host, 'practice.move', { scope: bankScope(), position: 1 });
    const again = openTestHost(dirs);
    expect((await call(again, 'practice.open', { scope: { kind: 'chapter', bankId: 'small', chapterId: 'ch1' } })).position).toBe(3);
    expect((await call(again, 'practice.open', { scope: bankScope() })).position).toBe(1);
  });

  it('reviews the questions last answered wrong', async () => {
    const host = openTestHost(twoChapterDirs());
    await call(host, 'practice.answer', answerArg('small-single', pick(0)));
    await call(host, 'practice.answer', answerArg('small-judge', { kind: 'judge', value: true }));
    await call(host, 'practice.answer', answerArg('small-ch2', { kind: 'judge', value: false }));
    const wrong = await call(host, 'practice.open', { scope: { kind: 'wrong', bankId: 'small' } });
    expect(wrong.items.map((i) => i.id)).toEqual(['small-single', 'small-ch2']);
  });

  it('refuses a chapter the bank does not have', async () => {
    const host = openTestHost(twoChapterDirs());
    const scope = { kind: 'chapter' as const, bankId: 'small', chapterId: 'nope' };
    expect(await host.dispatch('practice.open', { scope })).toMatchObject({ ok: false, error: { code: 'chapter.not-found' } });
    expect(await host.dispatch('practice.move', { scope, position: 0 })).toMatchObject({ ok: false, error: { code: 'chapter.not-found' } });
  });
});
