import { AppError } from '../../core/ipc/envelope';
import type { BankSummary, ChapterSummary, Handlers, ScopeSummary } from '../../core/ipc/contract';
import type { PracticeItem } from '../../core/practice/items';
import { summarizeBank, type QuestionProgress } from '../../core/progress/progress';
import type { LoadedBank } from '../banks/load-banks';
import type { HostContext } from './context';

export function findBank(ctx: HostContext, bankId: string): LoadedBank {
  const found = ctx.banks.find((b) => b.bank.id === bankId);
  if (!found) throw new AppError('bank.not-found', `no bank ${bankId}`);
  return found;
}

/** The items practised in a scope: the whole bank, or one of its chapters. */
export function scopeItems(loaded: LoadedBank, chapterId: string | undefined): PracticeItem[] {
  if (chapterId === undefined) return loaded.items;
  if (!loaded.bank.chapters.some((c) => c.id === chapterId)) throw new AppError('chapter.not-found', `no chapter ${chapterId} in ${loaded.bank.id}`);
  return loaded.items.filter((i) => i.chapterId === chapterId);
}

/** Where the resume position of a scope is kept in progress.json. */
export const positionKey = (bankId: string, chapterId: string | undefined): string => (chapterId ? `${bankId}/${chapterId}` : bankId);

function scopeSummary(ctx: HostContext, bankId: string, chapterId: string | undefined, items: PracticeItem[]): ScopeSummary {
  const saved = ctx.progressFile.get('positions')[positionKey(bankId, chapterId)] ?? 0;
  return {
    progress: summarizeBank(items.map((i) => i.question.id), ctx.progress),
    // A bank that shrank since the position was saved must not point past its end.
    position: Math.min(saved, Math.max(0, items.length - 1)),
  };
}

export function bankSummary(ctx: HostContext, loaded: LoadedBank): BankSummary {
  const { bank } = loaded;
  const chapters: ChapterSummary[] = bank.chapters.map((c) => ({ ...c, ...scopeSummary(ctx, bank.id, c.id, scopeItems(loaded, c.id)) }));
  return {
    id: bank.id,
    title: bank.title,
    version: bank.version,
    laws: bank.laws.map(({ id, title }) => ({ id, title })),
    chapters,
    ...scopeSummary(ctx, bank.id, undefined, loaded.items),
  };
}

export function bankHandlers(ctx: HostContext): Pick<Handlers, 'banks.list' | 'banks.open'> {
  return {
    async 'banks.list'() {
      return { banks: ctx.banks.map((b) => bankSummary(ctx, b)), problems: ctx.bankProblems };
    },
    async 'banks.open'({ bankId, chapterId }) {
      const loaded = findBank(ctx, bankId);
      const items = scopeItems(loaded, chapterId);
      const summary = bankSummary(ctx, loaded);
      const progress: Record<string, QuestionProgress> = {};
      for (const id of loaded.questionIds) {
        const p = ctx.progress.get(id);
        if (p) progress[id] = p;
      }
      const chapter = summary.chapters.find((c) => c.id === chapterId);
      return { summary, ...(chapter && { chapter }), items, position: chapter?.position ?? summary.position, progress };
    },
  };
}
