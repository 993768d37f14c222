import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerArg, call, hostDirs, openTestHost } from '../../test-support/host';
import { FIXED_NOW } from '../../test-support/temp';

const pick = (...selected: number[]) => ({ kind: 'choice' as const, selected });
const judge = (value: boolean) => ({ kind: 'judge' as const, value });
const mistakesScope = { kind: 'mistakes' as const };
const historyLines = (dataDir: string) =>
  fs
    .readdirSync(path.join(dataDir, 'history'))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(path.join(dataDir, 'history', f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('错题本', () => {
  it('a wrong answer enters with count, last wrong choice in words, bank and time; practised as review', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.answer', answerArg('small-multiple', pick(1, 3)));
    await call(host, 'practice.answer', answerArg('small-judge', judge(true)));
    const book = await call(host, 'study.mistakes', {});
    expect(book).toEqual({
      exitStreak: 2,
      banks: [
        {
          bankId: 'small',
          title: 'Bank small',
          entries: [{ questionId: 'small-multiple', bankId: 'small', stem: 'Stem of small-multiple?', missed: 1, lastWrongAt: FIXED_NOW, rightSince: 0, lastWrong: { kind: 'choice', options: ['B', 'D'] } }],
        },
      ],
    });
    expect(await call(host, 'study.overview', {})).toEqual({ mistakes: 1, favourites: 0 });
    const opened = await call(host, 'practice.open', { scope: mistakesScope });
    expect(opened.items.map((i) => i.id)).toEqual(['small-multiple']);
    await call(host, 'practice.answer', answerArg('small-multiple', pick(0, 2), { scope: mistakesScope }));
    expect(historyLines(dirs.dataDir).at(-1)).toMatchObject({ mode: 'review' });
  });

  it('leaves after mistakesExitStreak right answers in a row, and the setting is respected after a restart', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.answer', answerArg('small-single', pick(0)));
    await call(host, 'practice.answer', answerArg('small-single', pick(1)));
    expect((await call(host, 'study.overview', {})).mistakes).toBe(1);
    await call(host, 'practice.answer', answerArg('small-single', pick(1)));
    expect((await call(host, 'study.overview', {})).mistakes).toBe(0);
    const again = openTestHost(dirs);
    expect((await call(again, 'study.overview', {})).mistakes).toBe(0);
    await call(again, 'settings.update', { mistakesExitStreak: 3 });
    expect((await call(again, 'study.overview', {})).mistakes).toBe(1);
  });

  it('removed by hand stays out across a restart, comes back on a later wrong answer, and restore undoes a removal', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.answer', answerArg('small-single', pick(0)));
    const removed = await call(host, 'study.remove', { questionId: 'small-single' });
    expect(removed.result).toEqual({ questionId: 'small-single', removedAt: FIXED_NOW });
    expect(removed.changes.banks?.[0]?.id).toBe('small');
    expect((await call(host, 'study.overview', {})).mistakes).toBe(0);
    await call(host, 'study.restore', { questionId: 'small-single' });
    expect((await call(host, 'study.overview', {})).mistakes).toBe(1);
    await call(host, 'study.remove', { questionId: 'small-single' });
    const later = openTestHost(dirs, { now: () => FIXED_NOW + 60_000 });
    expect((await call(later, 'study.overview', {})).mistakes).toBe(0);
    await call(later, 'practice.answer', answerArg('small-single', pick(2)));
    expect((await call(later, 'study.mistakes', {})).banks[0]?.entries[0]).toMatchObject({ missed: 2, lastWrong: { options: ['C'] } });
    // The history is untouched by removals: only the three answers.
    expect(historyLines(dirs.dataDir)).toHaveLength(2);
  });

  it('refuses to remove a question that was never wrong', async () => {
    const host = openTestHost(hostDirs());
    expect(await host.dispatch('study.remove', { questionId: 'small-single' })).toMatchObject({ ok: false, error: { code: 'question.not-found' } });
  });
});

describe('favourites and notes', () => {
  it('star and note survive a restart; favourites are practised as a scope', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect((await call(host, 'study.favourite', { bankId: 'small', questionId: 'small-judge', favourite: true })).result).toEqual({ favourite: true, note: '' });
    await call(host, 'study.note', { bankId: 'small', questionId: 'small-judge', text: '第十条：先听取陈述申辩' });
    const again = openTestHost(dirs);
    expect(await call(again, 'study.mark', { bankId: 'small', questionId: 'small-judge' })).toEqual({ favourite: true, note: '第十条：先听取陈述申辩' });
    expect((await call(again, 'practice.open', { scope: { kind: 'favourites' } })).items.map((i) => i.id)).toEqual(['small-judge']);
    await call(again, 'study.favourite', { bankId: 'small', questionId: 'small-judge', favourite: false });
    await call(again, 'study.note', { bankId: 'small', questionId: 'small-judge', text: '  ' });
    expect(await call(openTestHost(dirs), 'study.mark', { bankId: 'small', questionId: 'small-judge' })).toEqual({ favourite: false, note: '' });
  });

  it('refuses a note over 2,000 characters and an unknown question, changing nothing', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    expect(await host.dispatch('study.note', { bankId: 'small', questionId: 'small-judge', text: 'x'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(await host.dispatch('study.favourite', { bankId: 'small', questionId: 'nope', favourite: true })).toMatchObject({ ok: false, error: { code: 'question.not-found' } });
    expect((await call(host, 'study.note', { bankId: 'small', questionId: 'small-judge', text: 'x'.repeat(2000) })).result.note).toHaveLength(2000);
  });

  it('a damaged study.json is moved aside with a notice; the app starts with no marks', async () => {
    const dirs = hostDirs();
    fs.mkdirSync(dirs.dataDir, { recursive: true });
    fs.writeFileSync(path.join(dirs.dataDir, 'study.json'), '{"favourites": [1,');
    const host = openTestHost(dirs);
    expect(host.ctx.notices).toEqual([expect.objectContaining({ code: 'store.quarantined' })]);
    expect(fs.readdirSync(dirs.dataDir).some((f) => f.startsWith('study.damaged-'))).toBe(true);
    expect(await call(host, 'study.mark', { bankId: 'small', questionId: 'small-judge' })).toEqual({ favourite: false, note: '' });
  });

  it('answers store.write-failed when study.json cannot be written', async () => {
    const host = openTestHost(hostDirs());
    host.ctx.study.marks.set = () => {
      throw new Error('EROFS');
    };
    expect(await host.dispatch('study.favourite', { bankId: 'small', questionId: 'small-judge', favourite: true })).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
  });
});

describe('study.undo', () => {
  it('appends an undo event; progress, today and the 错题本 forget the answer, also after a restart', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const first = answerArg('small-single', pick(1));
    await call(host, 'practice.answer', first);
    const slip = answerArg('small-single', pick(0));
    await call(host, 'practice.answer', slip);
    expect((await call(host, 'study.overview', {})).mistakes).toBe(1);
    const undone = await call(host, 'study.undo', { answerId: slip.id });
    expect(undone.result).toEqual({ questionId: 'small-single', question: expect.objectContaining({ attempts: 1, lastCorrect: true }) });
    expect(undone.changes.today).toEqual({ answered: 1, correct: 1 });
    expect(undone.changes.banks?.[0]).toMatchObject({ wrong: 0, progress: { answered: 1 } });
    expect((await call(host, 'study.overview', {})).mistakes).toBe(0);
    const lines = historyLines(dirs.dataDir);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toEqual({ v: 2, id: expect.any(String), kind: 'undo', target: slip.id, at: FIXED_NOW });
    const again = openTestHost(dirs);
    expect(again.ctx.progress.questions.get('small-single')).toMatchObject({ attempts: 1, lastCorrect: true });
    expect((await call(again, 'study.overview', {})).mistakes).toBe(0);
    expect((await call(again, 'banks.list', {})).today).toEqual({ answered: 1, correct: 1 });
  });

  it('undoing the only answer forgets the question', async () => {
    const host = openTestHost(hostDirs());
    const only = answerArg('small-judge', judge(false));
    await call(host, 'practice.answer', only);
    const undone = await call(host, 'study.undo', { answerId: only.id });
    expect(undone.result.question).toBeNull();
    expect(undone.changes.forgotten).toEqual(['small-judge']);
    expect(host.ctx.progress.questions.size).toBe(0);
  });

  it('refuses twice, an answer from an earlier launch, and an unknown id', async () => {
    const dirs = hostDirs();
    const host = openTestHost(dirs);
    const a = answerArg('small-judge', judge(false));
    await call(host, 'practice.answer', a);
    await call(host, 'study.undo', { answerId: a.id });
    expect(await host.dispatch('study.undo', { answerId: a.id })).toMatchObject({ ok: false, error: { code: 'answer.not-undoable' } });
    const b = answerArg('small-single', pick(0));
    await call(host, 'practice.answer', b);
    const later = openTestHost(dirs);
    expect(await later.dispatch('study.undo', { answerId: b.id })).toMatchObject({ ok: false, error: { code: 'answer.not-undoable' } });
    expect(await later.dispatch('study.undo', { answerId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'answer.not-undoable' } });
    expect(historyLines(dirs.dataDir)).toHaveLength(3);
  });
});
