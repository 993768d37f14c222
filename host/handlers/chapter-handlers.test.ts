import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../core/bank/schema';
import { call, hostDirs, openTestHost } from '../test-support/host';
import { smallBank, writeBank } from '../test-support/small-bank';

/** smallBank plus a second chapter holding one extra judge question citing article 15. */
function twoChapterDirs() {
  const dirs = hostDirs();
  const bank: Bank = smallBank('small');
  bank.chapters.push({ id: 'ch2', title: 'Second', articles: [11, 20] });
  const extra: Question = { id: 'small-ch2', type: 'judge', stem: 'In chapter two?', explanation: 'e', answer: true, basis: [{ law: 'apl', article: 15, quote: 'q' }] };
  bank.questions.push(extra);
  fs.rmSync(dirs.banksDir, { recursive: true });
  fs.mkdirSync(dirs.banksDir);
  writeBank(dirs.banksDir, 'small.json', bank);
  return dirs;
}

describe('practising by chapter', () => {
  it('opens only the chapter’s questions and lists per-chapter progress', async () => {
    const host = openTestHost(twoChapterDirs());
    const opened = await call(host, 'banks.open', { bankId: 'small', chapterId: 'ch2' });
    expect(opened.items.map((i) => i.question.id)).toEqual(['small-ch2']);
    expect(opened.chapter?.id).toBe('ch2');
    await call(host, 'practice.answer', { bankId: 'small', questionId: 'small-ch2', response: { kind: 'judge', value: true } });
    const { banks } = await call(host, 'banks.list', {});
    expect(banks[0]!.chapters.map((c) => [c.id, c.progress.answered, c.progress.total])).toEqual([
      ['ch1', 0, 5],
      ['ch2', 1, 1],
    ]);
  });

  it('keeps a chapter’s position apart from the whole bank’s, across a restart', async () => {
    const dirs = twoChapterDirs();
    const host = openTestHost(dirs);
    await call(host, 'practice.move', { bankId: 'small', chapterId: 'ch1', position: 3 });
    await call(host, 'practice.move', { bankId: 'small', position: 1 });
    const again = openTestHost(dirs);
    expect((await call(again, 'banks.open', { bankId: 'small', chapterId: 'ch1' })).position).toBe(3);
    expect((await call(again, 'banks.open', { bankId: 'small' })).position).toBe(1);
  });

  it('refuses a chapter the bank does not have', async () => {
    const host = openTestHost(twoChapterDirs());
    expect(await host.dispatch('banks.open', { bankId: 'small', chapterId: 'nope' })).toMatchObject({ ok: false, error: { code: 'chapter.not-found' } });
    expect(await host.dispatch('practice.move', { bankId: 'small', chapterId: 'nope', position: 0 })).toMatchObject({ ok: false, error: { code: 'chapter.not-found' } });
  });
});
