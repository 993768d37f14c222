import { describe, expect, it } from 'vitest';
import { answerOf, initialSession, pick, primaryAction, sessionReducer, visibleOutcome, type Outcome, type SessionAction, type SessionState } from './question-session';

const outcome: Outcome = { saved: true, correct: true, reveal: { questionId: 'q1', key: { kind: 'judge', value: true }, explanation: 'e', basis: [] } };
const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, state);
const yes = { kind: 'judge' as const, value: true };

describe('question session', () => {
  const start = initialSession(3, 0, 'immediate', 1000);

  it('goes select → submit → saved, and Enter does one thing at each step', () => {
    expect(primaryAction(start, 'q1')).toBe('submit');
    const saving = run(start, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e1' });
    expect(answerOf(saving, 'q1')).toMatchObject({ status: 'saving', eventId: 'e1' });
    expect(primaryAction(saving, 'q1')).toBe('none'); // a second Enter while saving does nothing
    const done = sessionReducer(saving, { type: 'saved', id: 'q1', outcome });
    expect(answerOf(done, 'q1')).toMatchObject({ status: 'done', outcome });
    expect(primaryAction(done, 'q1')).toBe('next');
  });

  it('an undone answer makes the question unanswered again, with a new event id at the next submit', () => {
    const done = run(start, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e1' }, { type: 'saved', id: 'q1', outcome });
    const undone = sessionReducer(done, { type: 'undone', id: 'q1', at: 5000 });
    expect(answerOf(undone, 'q1')).toEqual({ selection: null, status: 'editing' });
    expect(undone.shownAt).toBe(5000);
    expect(primaryAction(undone, 'q1')).toBe('submit');
    const again = run(undone, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e2' });
    expect(answerOf(again, 'q1').eventId).toBe('e2');
    // Only a saved answer can be undone.
    expect(sessionReducer(again, { type: 'undone', id: 'q1', at: 6000 })).toBe(again);
  });

  it('does not submit without a choice, and asks for one', () => {
    expect(sessionReducer(start, { type: 'submit', id: 'q1', eventId: 'e1' })).toBe(start);
    expect(sessionReducer(start, { type: 'need-answer' }).needAnswer).toBe(true);
  });

  it('keeps the answer locked once sent, so a saved answer cannot be changed', () => {
    const sent = run(start, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e1' });
    expect(sessionReducer(sent, { type: 'select', id: 'q1', response: { kind: 'judge', value: false } })).toBe(sent);
  });

  it('a failed save keeps the choice and retries with the same event id (recorded once)', () => {
    const failed = run(
      start,
      { type: 'select', id: 'q1', response: yes },
      { type: 'submit', id: 'q1', eventId: 'e1' },
      { type: 'failed', id: 'q1', error: { code: 'store.write-failed', message: 'disk full' } },
    );
    expect(answerOf(failed, 'q1')).toMatchObject({ status: 'failed', selection: yes, error: { code: 'store.write-failed' } });
    expect(answerOf(failed, 'q1').outcome).toBeUndefined(); // nothing shown as saved
    const retry = sessionReducer(failed, { type: 'submit', id: 'q1', eventId: 'e2' });
    expect(answerOf(retry, 'q1')).toMatchObject({ status: 'saving', eventId: 'e1' });
    expect(answerOf(retry, 'q1').error).toBeUndefined();
  });

  it('moves within 0…count (count = finished) and restarts the clock of the new question', () => {
    const moved = sessionReducer(start, { type: 'move', to: 2, at: 5000 });
    expect(moved).toMatchObject({ position: 2, shownAt: 5000 });
    expect(sessionReducer(moved, { type: 'move', to: 99, at: 6000 }).position).toBe(3);
    expect(primaryAction(sessionReducer(moved, { type: 'move', to: 3, at: 6000 }), undefined)).toBe('none');
  });

  it('a new round starts at the first question with nothing answered', () => {
    const done = run(start, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e' }, { type: 'saved', id: 'q1', outcome }, { type: 'move', to: 3, at: 2 });
    const again = sessionReducer(done, { type: 'new-round', at: 9 });
    expect(again).toMatchObject({ position: 0, answers: {}, shownAt: 9 });
  });

  it('with "reveal at the end" shows no outcome until the session is finished', () => {
    const exam = initialSession(2, 0, 'end', 0);
    const answered = run(exam, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e' }, { type: 'saved', id: 'q1', outcome });
    expect(visibleOutcome(answered, 'q1')).toBeUndefined();
    expect(visibleOutcome(sessionReducer(answered, { type: 'move', to: 2, at: 0 }), 'q1')).toEqual(outcome);
    expect(visibleOutcome(run(start, { type: 'select', id: 'q1', response: yes }, { type: 'submit', id: 'q1', eventId: 'e' }, { type: 'saved', id: 'q1', outcome }), 'q1')).toEqual(outcome);
  });
});

describe('pick', () => {
  it('replaces the choice on a single-choice question and toggles on a multiple-choice one', () => {
    expect(pick({ kind: 'choice', selected: [2] }, 0, false)).toEqual({ kind: 'choice', selected: [0] });
    const two = pick(pick(null, 3, true), 1, true);
    expect(two).toEqual({ kind: 'choice', selected: [3, 1] });
    expect(pick(two, 3, true)).toEqual({ kind: 'choice', selected: [1] });
  });
});
