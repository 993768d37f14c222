import { describe, expect, it } from 'vitest';
import { chineseNumeral } from './article-label';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1260, '一千二百六十'],
  ])('%i → %s', (n, s) => expect(chineseNumeral(n)).toBe(s));
});
