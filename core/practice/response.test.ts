import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import { correctResponse, fitsQuestion, isCorrect, type Response } from './response';

const common = { stem: 's', explanation: 'e', basis: [{ law: 'l', article: 1, quote: 'q' }] };
const single: Question = { ...common, id: 's1', type: 'single', options: ['a', 'b', 'c'], answer: [1] };
const multiple: Question = { ...common, id: 'm1', type: 'multiple', options: ['a', 'b', 'c', 'd'], answer: [0, 2] };
const judgeTrue: Question = { ...common, id: 'j1', type: 'judge', answer: true };
const judgeFalse: Question = { ...common, id: 'j2', type: 'judge', answer: false };

const pick = (...selected: number[]): Response => ({ kind: 'choice', selected });
const say = (value: boolean): Response => ({ kind: 'judge', value });

describe('isCorrect', () => {
  it('single choice: only the keyed option is right', () => {
    expect(isCorrect(single, pick(1))).toBe(true);
    expect(isCorrect(single, pick(0))).toBe(false);
    expect(isCorrect(single, pick(1, 2))).toBe(false);
  });

  it('multiple choice: exactly the keyed set, in any order', () => {
    expect(isCorrect(multiple, pick(0, 2))).toBe(true);
    expect(isCorrect(multiple, pick(2, 0))).toBe(true);
    expect(isCorrect(multiple, pick(0))).toBe(false);
    expect(isCorrect(multiple, pick(0, 2, 3))).toBe(false);
    expect(isCorrect(multiple, pick(0, 1))).toBe(false);
  });

  it('judge: compares the boolean', () => {
    expect(isCorrect(judgeTrue, say(true))).toBe(true);
    expect(isCorrect(judgeTrue, say(false))).toBe(false);
    expect(isCorrect(judgeFalse, say(false))).toBe(true);
  });

  it('a response of the wrong kind is never right', () => {
    expect(isCorrect(judgeTrue, pick(0))).toBe(false);
    expect(isCorrect(single, say(true))).toBe(false);
  });
});

describe('fitsQuestion', () => {
  it('accepts well-formed responses', () => {
    expect(fitsQuestion(single, pick(0))).toBe(true);
    expect(fitsQuestion(multiple, pick(3))).toBe(true);
    expect(fitsQuestion(multiple, pick(0, 1, 2, 3))).toBe(true);
    expect(fitsQuestion(judgeFalse, say(true))).toBe(true);
  });

  it.each([
    ['two picks on single', single, pick(0, 1)],
    ['no picks', multiple, pick()],
    ['index past the options', single, pick(3)],
    ['negative index', multiple, pick(-1, 0)],
    ['fractional index', multiple, pick(0.5, 1)],
    ['repeated index', multiple, pick(1, 1)],
    ['choice on judge', judgeTrue, pick(0)],
    ['judge on choice', single, say(true)],
  ] as const)('refuses %s', (_, question, response) => {
    expect(fitsQuestion(question, response)).toBe(false);
  });
});

describe('correctResponse', () => {
  it('is the key in response shape and is itself correct', () => {
    for (const q of [single, multiple, judgeTrue, judgeFalse]) {
      const r = correctResponse(q);
      expect(isCorrect(q, r)).toBe(true);
      expect(fitsQuestion(q, r)).toBe(true);
    }
    expect(correctResponse(multiple)).toEqual(pick(0, 2));
    expect(correctResponse(judgeFalse)).toEqual(say(false));
  });

  it('returns a copy, so the caller cannot change the bank key', () => {
    const r = correctResponse(multiple);
    if (r.kind === 'choice') r.selected.push(3);
    expect(correctResponse(multiple)).toEqual(pick(0, 2));
    expect(isCorrect(multiple, pick(0, 2))).toBe(true);
  });
});
