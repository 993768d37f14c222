import { describe, expect, it } from 'vitest';
import { newerEventSchema, storedEventSchema } from './event';

const v2 = {
  v: 2,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  kind: 'answer',
  questionId: 'apl-1001',
  bankId: 'administrative-penalty-law',
  response: { kind: 'choice', selected: [0, 2] },
  correct: false,
  at: 1_767_000_000_000,
  elapsedMs: 8200,
  mode: 'practice',
  sessionId: 's-1',
};

describe('history events', () => {
  it('reads a v2 answer with everything it records', () => {
    expect(storedEventSchema.parse(v2)).toEqual(v2);
  });

  it('reads a v1 line as an answer without response or elapsed time, with a stable id', () => {
    const v1 = { questionId: 'con-0001', bankId: 'constitution', correct: true, at: 1_700_000_000_000 };
    const e = storedEventSchema.parse(v1);
    expect(e).toEqual({ v: 1, kind: 'answer', id: 'v1:1700000000000:constitution:con-0001', ...v1 });
    expect(storedEventSchema.parse(v1).id).toBe(e.id);
  });

  it('refuses a v2 line that lost a field or has a malformed id', () => {
    const { elapsedMs: _, ...noElapsed } = v2;
    expect(storedEventSchema.safeParse(noElapsed).success).toBe(false);
    expect(storedEventSchema.safeParse({ ...v2, id: 'not-a-uuid' }).success).toBe(false);
    expect(storedEventSchema.safeParse({ ...v2, mode: 'made-up' }).success).toBe(false);
  });

  it('tells a line from a newer version apart from damage', () => {
    expect(newerEventSchema.safeParse({ v: 3, kind: 'undo', id: 'x' }).success).toBe(true);
    expect(newerEventSchema.safeParse({ v: 2 }).success).toBe(false);
    expect(newerEventSchema.safeParse('garbage').success).toBe(false);
  });
});
