import fs from 'node:fs';
import path from 'node:path';
import type { Bank } from '@core/bank/schema';
import { tempDir } from './web-app';

const basis = [{ law: 'administrative-penalty-law', article: 9, quote: '行政处罚的种类：' }];

/** A three-question bank (single, multiple with two right answers, true/false), to reach the end of a round quickly. */
export const TINY: Bank = {
  format: 'lawdrill-bank/1',
  id: 'tiny',
  title: '中华人民共和国行政处罚法（练习用）',
  locale: 'zh-CN',
  version: '1.0.0',
  laws: [{ id: 'administrative-penalty-law', title: '中华人民共和国行政处罚法', edition: '2021', effective: '2021-07-15' }],
  chapters: [{ id: 'ch2', title: '第二章 行政处罚的种类和设定', articles: [9, 16] }],
  questions: [
    { id: 'tiny-1', type: 'single', stem: '下列属于行政处罚种类的是（　）。', options: ['警告', '记过', '降级', '撤职'], answer: [0], explanation: '警告是第九条所列的处罚种类。', basis },
    {
      id: 'tiny-2',
      type: 'multiple',
      stem: '下列属于行政处罚种类的有（　）。',
      options: ['罚款', '记大过', '没收违法所得', '开除'],
      answer: [0, 2],
      explanation: '罚款、没收违法所得是第九条所列的处罚种类；记大过、开除是处分。',
      basis,
    },
    { id: 'tiny-3', type: 'judge', stem: '通报批评属于行政处罚的种类。', answer: true, explanation: '第九条第一项列有通报批评。', basis },
  ],
};

export function tinyBanksDir(): string {
  const dir = tempDir('tiny');
  fs.writeFileSync(path.join(dir, 'tiny.json'), JSON.stringify(TINY));
  return dir;
}
