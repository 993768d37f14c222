import fs from 'node:fs';
import path from 'node:path';
import { validateBank } from '@core/bank/validate';
import type { BankProblem } from '@core/bank/problems';
import type { Bank } from '@core/bank/schema';
import { practiceItems, questionIds, type PracticeItem } from '@core/practice/items';

export interface LoadedBank {
  bank: Bank;
  file: string;
  items: PracticeItem[];
  /** Question id → item, for answering in O(1). */
  byId: Map<string, PracticeItem>;
  questionIds: string[];
}

type Parsed = { file: string; bank: Bank };

/**
 * Loads every bank file in `dir`. A bad file is skipped with a problem that names it (and
 * the question and field where possible); the others still load.
 *
 * When two files claim the same bank id or question ids, a bank that comes with the app
 * (listed in the folder's BUNDLED file) wins over any other, whatever the names sort like;
 * the other file is refused whole, naming every id it shares. So a stray copy or an
 * impostor can never knock a bundled bank out. Between two unlisted files the first by name wins.
 */
export function loadBanks(dir: string): { banks: LoadedBank[]; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const parsed: Parsed[] = [];
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const result = loadOne(path.join(dir, file), file);
    if (result.ok) parsed.push({ file, bank: result.bank });
    else problems.push(...result.problems);
  }
  const bundled = bundledFiles(dir);
  const own = (p: Parsed) => bundled.has(p.file);
  const ordered = [...parsed.filter(own), ...parsed.filter((p) => !own(p))];

  const banks: LoadedBank[] = [];
  const owner = new Map<string, string>();
  for (const { file, bank } of ordered) {
    const first = banks.find((b) => b.bank.id === bank.id);
    if (first) {
      problems.push({ code: 'bank.duplicate-bank-id', file, field: 'id', detail: `bank id ${bank.id} is already loaded from ${first.file}` });
      continue;
    }
    const ids = questionIds(bank);
    const clashes = ids.filter((id) => owner.has(id));
    if (clashes.length > 0) {
      const others = [...new Set(clashes.map((id) => owner.get(id)))].join(', ');
      problems.push({
        code: 'bank.duplicate-question-id',
        file,
        questionId: clashes[0]!,
        field: 'id',
        clashes,
        detail: `${clashes.length} question id(s) already in ${others}: ${clashes.slice(0, 10).join(', ')}${clashes.length > 10 ? ' …' : ''}`,
      });
      continue;
    }
    for (const id of ids) owner.set(id, file);
    const items = practiceItems(bank);
    banks.push({ bank, file, items, byId: new Map(items.map((i) => [i.question.id, i])), questionIds: ids });
  }
  // Banks are listed in file order, as before; only who wins a clash depends on ownership.
  banks.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { banks, problems: sortProblems(problems, files) };
}

/** File names listed in `dir/BUNDLED` (one a line, # for comments); none when it is absent. */
export function bundledFiles(dir: string): Set<string> {
  try {
    const lines = fs.readFileSync(path.join(dir, 'BUNDLED'), 'utf8').split(/\r?\n/);
    return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  } catch {
    return new Set();
  }
}

function sortProblems(problems: BankProblem[], files: string[]): BankProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => files.indexOf(a.p.file) - files.indexOf(b.p.file) || a.i - b.i).map((x) => x.p);
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
