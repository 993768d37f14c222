import { describe, expect, it } from 'vitest';
import { practiceItems, questionIds } from './items';
import { allQuestions, countQuestions } from '../bank/walk';
import { validFixtureBank } from '../bank/fixtures/read-fixture';

const bank = validFixtureBank();

describe('practiceItems', () => {
  it('opens case sets into one item per sub-question, in bank order', () => {
    const items = practiceItems(bank);
    expect(items.map((i) => i.question.id)).toEqual(['q-single', 'q-multiple', 'q-judge', 'c-1-a', 'c-1-b']);
  });

  it('attaches case material, index and size only to case questions', () => {
    const items = practiceItems(bank);
    expect(items[0]?.caseSet).toBeUndefined();
    expect(items[3]?.caseSet).toEqual({ id: 'c-1', material: 'Case material.', index: 0, size: 2 });
    expect(items[4]?.caseSet).toEqual({ id: 'c-1', material: 'Case material.', index: 1, size: 2 });
  });
});

describe('questionIds / walk', () => {
  it('lists every answerable question id, case sets opened, case ids left out', () => {
    expect(questionIds(bank)).toEqual(['q-single', 'q-multiple', 'q-judge', 'c-1-a', 'c-1-b']);
    expect(countQuestions(bank)).toBe(5);
  });

  it('allQuestions marks case questions with their case id and material', () => {
    const walked = [...allQuestions(bank)];
    expect(walked[0]).toEqual({ question: expect.objectContaining({ id: 'q-single' }) });
    expect(walked[4]).toMatchObject({ caseId: 'c-1', material: 'Case material.', question: { id: 'c-1-b' } });
  });
});
