import { describe, expect, it } from 'vitest';
import type { ResultOf } from '@host/domains/contract';
import { applyChanges, createQueryClient, queryKey } from './queries';
import { defaultSettings } from '@core/settings/settings';

const scope = { kind: 'bank' as const, bankId: 'b' };
const session: ResultOf['practice.open'] = {
  bank: { id: 'b', title: 'B', version: '1', laws: [] },
  scope,
  items: [
    { id: 'q1', bankId: 'b', type: 'judge', stem: 'one' },
    { id: 'q2', bankId: 'b', type: 'judge', stem: 'two' },
  ],
  laws: [],
  position: 0,
  progress: {},
};
const record = { attempts: 1, correct: 0, lastCorrect: false, lastAt: 5, streak: 0 };

describe('applyChanges', () => {
  it('puts a changed question record into the practice session that shows it', () => {
    const client = createQueryClient();
    client.setQueryData(queryKey('practice.open', { scope }), session);
    applyChanges(client, { questions: { q1: record, other: record } });
    expect(client.getQueryData<typeof session>(queryKey('practice.open', { scope }))?.progress).toEqual({ q1: record });
  });

  it('replaces changed bank summaries and today’s tally on the start screen', () => {
    const client = createQueryClient();
    const summary = (answered: number) => ({ ...session.bank!, group: 'other' as const, chapters: [], wrong: 0, position: 0, progress: { total: 2, answered, mastered: 0 } });
    client.setQueryData(queryKey('banks.list', {}), { banks: [summary(0)], problems: [], today: { answered: 0, correct: 0 } });
    applyChanges(client, { banks: [summary(1)], today: { answered: 1, correct: 0 } });
    const list = client.getQueryData<ResultOf['banks.list']>(queryKey('banks.list', {}))!;
    expect(list.banks[0]!.progress.answered).toBe(1);
    expect(list.today).toEqual({ answered: 1, correct: 0 });
  });

  it('follows new settings and notices, and ends the first run', () => {
    const client = createQueryClient();
    const settings = { ...defaultSettings('en'), theme: 'dark' as const };
    client.setQueryData(queryKey('app.bootstrap', {}), { settings: { ...settings, theme: 'light' as const }, firstRun: true, readOnly: false, notices: [] });
    applyChanges(client, { settings });
    expect(client.getQueryData(queryKey('app.bootstrap', {}))).toMatchObject({ settings, firstRun: false });
  });
});
