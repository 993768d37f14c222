import { describe, expect, it } from 'vitest';
import type { Question } from '../bank/schema';
import type { PracticeItem } from '../practice/items';
import type { Snippet } from '../law/search-text';
import { foldSearch, matchingPositions, questionFields, searchQuestions } from './question-search';

const marked = (s: Snippet) => s.ranges.map(([a, b]) => s.text.slice(a, b));

function item(id: string, over: Partial<Question> = {}, material?: string): PracticeItem {
  const question = {
    id,
    type: 'single',
    stem: `题干${id}`,
    options: ['警告', '罚款'],
    answer: [0],
    explanation: `解析${id}`,
    basis: [{ law: 'apl', article: 9, quote: '行政处罚的种类：（一）警告、通报批评；（二）罚款２０００元。' }],
    ...over,
  } as Question;
  return material === undefined ? { question } : { question, caseSet: { id: 'c', material, index: 0, size: 1 } };
}

describe('folding a query', () => {
  it('matches full-width digits and letters with half-width ones, either way round', () => {
    const items = [item('a', { stem: '罚款２０００元以下，ＡＢ类' }), item('b', { stem: '罚款2000元以下，AB类' })];
    expect(matchingPositions(items, foldSearch('2000元'))).toEqual([0, 1]);
    expect(matchingPositions(items, foldSearch('２０００元'))).toEqual([0, 1]);
    expect(matchingPositions(items, foldSearch('ab类'))).toEqual([0, 1]);
  });

  it('matches punctuation variants: full-width and half-width brackets, commas, curly and straight quotes', () => {
    const items = [item('a', { stem: '依照本法第九条（一）项，给予“警告”处罚' })];
    expect(matchingPositions(items, foldSearch('(一)项,给予'))).toEqual([0]);
    expect(matchingPositions(items, foldSearch('给予"警告"'))).toEqual([0]);
    expect(matchingPositions(items, foldSearch('给予 “警告”'))).toEqual([0]);
  });

  it('ignores whitespace and case, and finds nothing for a query that folds to nothing', () => {
    const items = [item('a', { stem: 'Administrative Penalty 行政 处罚' })];
    expect(matchingPositions(items, foldSearch('administrativepenalty行政处罚'))).toEqual([0]);
    expect(matchingPositions(items, foldSearch('  \u0001 '))).toEqual([]);
  });

  it('never matches across two fields or two questions', () => {
    const items = [item('a', { stem: '甲乙', explanation: '丙丁' }), item('b', { stem: '戊己' })];
    expect(matchingPositions(items, foldSearch('乙丙'))).toEqual([]);
    expect(matchingPositions(items, foldSearch('甲a'))).toEqual([]);
  });
});

describe('searching questions', () => {
  const items = [
    item('q1', { stem: '行政机关可以给予哪种处罚？' }),
    item('q2', { stem: '无关的题目', options: ['甲', '乙'], explanation: '无关', basis: [{ law: 'apl', article: 2, quote: '无关' }] }),
    item('q3', { stem: '下列说法正确的是', explanation: '罚款属于行政处罚。', basis: [{ law: 'apl', article: 2, quote: '无关' }, { law: 'apl', article: 9, quote: '（二）罚款２０００元' }] }),
  ];
  const banks = [{ bankId: 'b1', items }, { bankId: 'b2', items: [item('q4', { type: 'judge', answer: true, stem: '可以罚款吗', basis: [{ law: 'apl', article: 3, quote: '无关' }] } as Partial<Question>)] }];

  it('finds a phrase quoted from an article, typed in half-width, and marks it in the original', () => {
    const { total, hits } = searchQuestions(banks, '(二)罚款2000');
    expect(total).toBe(2);
    expect(hits.map((h) => [h.bankId, h.item.question.id, h.position])).toEqual([['b1', 'q1', 0], ['b1', 'q3', 2]]);
    const basis = hits[1]!.fields.find((f) => f.field === 'basis')!;
    expect(basis.index).toBe(1);
    expect(marked(basis.snippet)).toEqual(['（二）罚款２０００']);
    // The article shown is the one whose quote matched, not the first cited.
    expect(hits[1]!.citation).toMatchObject({ law: 'apl', article: 9 });
  });

  it('says in which fields it matched, in the order the question shows them', () => {
    const { hits } = searchQuestions(banks, '罚款');
    expect(hits.map((h) => h.item.question.id)).toEqual(['q1', 'q3', 'q4']);
    expect(hits[0]!.fields.map((f) => [f.field, f.index])).toEqual([['option', 1], ['basis', 0]]);
    expect(hits[1]!.fields.map((f) => f.field)).toEqual(['option', 'explanation', 'basis']);
    expect(hits[2]!.fields.map((f) => f.field)).toEqual(['stem']);
  });

  it('limits to one bank, caps the hits but counts them all', () => {
    expect(searchQuestions(banks, '罚款', { bankId: 'b2' }).hits.map((h) => h.item.question.id)).toEqual(['q4']);
    const capped = searchQuestions(banks, '罚款', { limit: 1 });
    expect([capped.total, capped.hits.length]).toEqual([3, 1]);
    expect(searchQuestions(banks, '   ')).toEqual({ total: 0, hits: [] });
  });

  it('searches case material, and lists fields for a judge question without options', () => {
    const inCase = item('c1', { stem: '本案中' }, '某市市场监管局对张某作出罚款决定');
    expect(searchQuestions([{ bankId: 'b', items: [inCase] }], '市场监管局').hits[0]!.fields.map((f) => f.field)).toEqual(['material']);
    expect(questionFields(banks[1]!.items[0]!).map((f) => f.field)).toEqual(['stem', 'explanation', 'basis']);
  });
});
