import { describe, expect, it } from 'vitest';
import { findAll, fold, foldQuery, snippetAround } from './search-text';

describe('search folding', () => {
  it('folds full-width digits, letters and punctuation, case and whitespace', () => {
    expect(foldQuery('（一）２０２１年 ＡＢ')).toBe('(一)2021年ab');
    expect(foldQuery('总 则')).toBe('总则');
  });

  it('folds curly quotes to straight ones and every full-width ASCII form to its ASCII one', () => {
    expect(foldQuery('“公开”‘原则’')).toBe('"公开"\'原则\'');
    const fullWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join('');
    expect(foldQuery(fullWidth)).toBe(fullWidth.normalize('NFKC').toLowerCase());
    expect(fold('“甲”').start).toEqual([0, 1, 2]);
  });

  it('finds matches in the folded text and reports them in the original', () => {
    const text = '有下列情形之一的：（一）２０２１年；(一)2021年。';
    const spans = findAll(fold(text), foldQuery('(一)2021'));
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['（一）２０２１', '(一)2021']);
    expect(findAll(fold('监  护'), foldQuery('监护')).map(([a, b]) => '监  护'.slice(a, b))).toEqual(['监  护']);
    expect(findAll(fold('abc'), '')).toEqual([]);
  });

  it('cuts a window around the first match and keeps the matches inside it', () => {
    const text = `${'甲'.repeat(50)}行政处罚${'乙'.repeat(10)}行政处罚${'丙'.repeat(200)}`;
    const s = snippetAround(text, findAll(fold(text), '行政处罚'));
    expect(s.cutStart && s.cutEnd).toBe(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['行政处罚', '行政处罚']);
    expect(s.text.startsWith('甲'.repeat(30))).toBe(true);
  });
});
