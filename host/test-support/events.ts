import crypto from 'node:crypto';
import type { AnswerEvent } from '@core/history/event';

/** A v2 answer event with a fresh id; override any field. */
export function answerEvent(over: Partial<AnswerEvent> = {}): AnswerEvent {
  return {
    v: 2,
    id: crypto.randomUUID(),
    kind: 'answer',
    questionId: 'q1',
    bankId: 'bank',
    response: { kind: 'judge', value: true },
    correct: true,
    at: Date.UTC(2026, 0, 15, 10),
    elapsedMs: 4000,
    mode: 'practice',
    sessionId: 'session-1',
    ...over,
  };
}
