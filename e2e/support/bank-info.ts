import fs from 'node:fs';
import path from 'node:path';
import type { Bank } from '@core/bank/schema';
import { countQuestions } from '@core/bank/walk';
import { BUNDLED_BANKS } from './web-app';

export function bundledBank(id: string): { bank: Bank; total: number } {
  const bank = JSON.parse(fs.readFileSync(path.join(BUNDLED_BANKS, `${id}.json`), 'utf8')) as Bank;
  return { bank, total: countQuestions(bank) };
}
