import fs from 'node:fs';
import path from 'node:path';
import { validateBank } from '../../core/bank/validate';
import type { BankProblem } from '../../core/bank/problems';
import type { Bank } from '../../core/bank/schema';
import { practiceItems, questionIds } from '../../core/practice/items';
import type { PracticeItem } from '../../core/practice/items';

export interface LoadedBank {
  bank: Bank;
  file: string;
  items: PracticeItem[];
  questionIds: string[];
}

/**
 * Loads every bank file in `dir`. A bad file is skipped with a problem that names it (and
 * the question and field where possible); the others still load.
 */
export function loadBanks(dir: string): { banks: LoadedBank[]; problems: BankProblem[] } {
  const banks: LoadedBank[] = [];
  const problems: BankProblem[] = [];
  const owner = new Map<string, string>();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const result = loadOne(path.join(dir, file), file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { bank } = result;
    if (banks.some((b) => b.bank.id === bank.id)) {
      problems.push({ code: 'bank.duplicate-bank-id', file, field: 'id', detail: `bank id ${bank.id} is already loaded` });
      continue;
    }
    const ids = questionIds(bank);
    const clash = ids.find((id) => owner.has(id));
    if (clash) {
      problems.push({ code: 'bank.duplicate-question-id', file, questionId: clash, field: 'id', detail: `also in ${owner.get(clash)}` });
      continue;
    }
    for (const id of ids) owner.set(id, file);
    banks.push({ bank, file, items: practiceItems(bank), questionIds: ids });
  }
  return { banks, problems };
}

function loadOne(fullPath: string, file: string): { ok: true; bank: Bank } | { ok: false; problems: BankProblem[] } {
  let text: string;
  try {
    text = fs.readFileSync(fullPath, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ code: 'bank.unreadable', file, detail: (e as Error).message }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'bank.not-json', file, detail: (e as Error).message }] };
  }
  return validateBank(raw, file);
}
