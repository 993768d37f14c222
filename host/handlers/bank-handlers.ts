import { AppError } from '../../core/ipc/envelope';
import type { BankSummary, Handlers } from '../../core/ipc/contract';
import { summarizeBank, type QuestionProgress } from '../../core/progress/progress';
import type { LoadedBank } from '../banks/load-banks';
import type { HostContext } from './context';

export function findBank(ctx: HostContext, bankId: string): LoadedBank {
  const found = ctx.banks.find((b) => b.bank.id === bankId);
  if (!found) throw new AppError('bank.not-found', `no bank ${bankId}`);
  return found;
}

export function bankSummary(ctx: HostContext, loaded: LoadedBank): BankSummary {
  const { bank } = loaded;
  const saved = ctx.progressFile.get('positions')[bank.id] ?? 0;
  return {
    id: bank.id,
    title: bank.title,
    version: bank.version,
    laws: bank.laws.map(({ id, title }) => ({ id, title })),
    chapters: bank.chapters,
    progress: summarizeBank(loaded.questionIds, ctx.progress),
    // A bank that shrank since the position was saved must not point past its end.
    position: Math.min(saved, Math.max(0, loaded.items.length - 1)),
  };
}

export function bankHandlers(ctx: HostContext): Pick<Handlers, 'banks.list' | 'banks.open'> {
  return {
    async 'banks.list'() {
      return { banks: ctx.banks.map((b) => bankSummary(ctx, b)), problems: ctx.bankProblems };
    },
    async 'banks.open'({ bankId }) {
      const loaded = findBank(ctx, bankId);
      const progress: Record<string, QuestionProgress> = {};
      for (const id of loaded.questionIds) {
        const p = ctx.progress.get(id);
        if (p) progress[id] = p;
      }
      return { summary: bankSummary(ctx, loaded), items: loaded.items, progress };
    },
  };
}
