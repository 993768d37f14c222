import crypto from 'node:crypto';
import type { Question } from '@core/bank/schema';
import type { UndoEvent } from '@core/history/event';
import { AppError } from '@core/ipc/envelope';
import type { Response } from '@core/practice/response';
import type { StudyMarks } from '@core/study/study-marks';
import type { DomainHandlers } from '../handler-types';
import type { Changes } from '../changes';
import type { HostContext } from '../context';
import { bankSummary, findBank, today } from '../banks/summary';
import { studyLists } from './state';
import type { MistakeBank, QuestionMark, studyArgs, StudyResults, WrongChoice } from './contract';

export function studyHandlers(ctx: HostContext): DomainHandlers<typeof studyArgs, StudyResults> {
  const lists = () => studyLists(ctx.study, ctx.settings.get('settings').mistakesExitStreak);
  const marks = () => ctx.study.marks.store;
  const questionOf = (bankId: string, questionId: string): Question => {
    const item = findBank(ctx, bankId).byId.get(questionId);
    if (!item) throw new AppError('question.not-found', `no question ${questionId} in ${bankId}`);
    return item.question;
  };
  /** Writes study.json; a write that fails changes nothing the page is told about. */
  const save = <K extends keyof StudyMarks>(key: K, value: StudyMarks[K]) => {
    try {
      ctx.study.marks.set(key, value);
    } catch (e) {
      throw new AppError('store.write-failed', `could not save study marks: ${(e as Error).message}`);
    }
  };
  /** The bank summaries whose 错题本 count a change moved. */
  const bankChanges = (bankId: string): Changes => {
    const loaded = ctx.banks.find((b) => b.bank.id === bankId);
    return loaded ? { banks: [bankSummary(ctx, loaded)] } : {};
  };
  const markOf = (questionId: string): QuestionMark => ({
    favourite: questionId in marks().favourites,
    note: marks().notes[questionId]?.text ?? '',
  });

  return {
    async 'study.overview'() {
      // Counted over the installed banks: a removed bank's questions cannot be practised.
      const l = lists();
      const ids = ctx.banks.flatMap((b) => b.questionIds);
      return { mistakes: ids.filter((id) => l.mistakes.has(id)).length, favourites: ids.filter((id) => l.favourites.has(id)).length };
    },

    async 'study.mistakes'({ bankId }) {
      if (bankId !== undefined) findBank(ctx, bankId);
      const inBook = lists().mistakes;
      const exitStreak = ctx.settings.get('settings').mistakesExitStreak;
      const banks: MistakeBank[] = [];
      for (const loaded of ctx.banks) {
        if (bankId !== undefined && loaded.bank.id !== bankId) continue;
        const entries = loaded.items
          .filter((i) => inBook.has(i.question.id))
          .map(({ question }) => {
            const r = ctx.study.mistakes.get(question.id)!;
            const lastWrong = r.lastWrong && wrongChoice(question, r.lastWrong);
            return { questionId: question.id, bankId: loaded.bank.id, stem: question.stem, missed: r.missed, lastWrongAt: r.lastWrongAt, rightSince: r.rightSince, ...(lastWrong && { lastWrong }) };
          })
          .sort((a, b) => b.lastWrongAt - a.lastWrongAt);
        if (entries.length > 0) banks.push({ bankId: loaded.bank.id, title: loaded.bank.title, entries });
      }
      return { banks, exitStreak };
    },

    async 'study.remove'({ questionId }) {
      const record = ctx.study.mistakes.get(questionId);
      if (!record) throw new AppError('question.not-found', `${questionId} is not in the 错题本`);
      const removedAt = ctx.now();
      save('removed', { ...marks().removed, [questionId]: removedAt });
      return { result: { questionId, removedAt }, changes: bankChanges(record.bankId) };
    },

    async 'study.restore'({ questionId }) {
      const { [questionId]: gone, ...rest } = marks().removed;
      if (gone !== undefined) save('removed', rest);
      const record = ctx.study.mistakes.get(questionId);
      return { result: { questionId }, changes: record ? bankChanges(record.bankId) : {} };
    },

    async 'study.mark'({ bankId, questionId }) {
      questionOf(bankId, questionId);
      return markOf(questionId);
    },

    async 'study.favourite'({ bankId, questionId, favourite }) {
      questionOf(bankId, questionId);
      const { [questionId]: _, ...rest } = marks().favourites;
      save('favourites', favourite ? { ...rest, [questionId]: { bankId, at: ctx.now() } } : rest);
      return { result: markOf(questionId), changes: {} };
    },

    async 'study.note'({ bankId, questionId, text }) {
      questionOf(bankId, questionId);
      const { [questionId]: _, ...rest } = marks().notes;
      // A note of only spaces is no note: keeping it would show an empty box as "a note".
      save('notes', text.trim() ? { ...rest, [questionId]: { bankId, text, at: ctx.now() } } : rest);
      return { result: markOf(questionId), changes: {} };
    },

    async 'study.undo'({ answerId }) {
      const answer = ctx.study.recent.get(answerId);
      // Only an answer given in practice in this launch: exam answers and older days stay facts.
      if (!answer || answer.mode === 'exam' || ctx.study.undone.has(answerId)) throw new AppError('answer.not-undoable', `answer ${answerId} cannot be undone`);
      const event: UndoEvent = { v: 2, id: crypto.randomUUID(), kind: 'undo', target: answerId, at: ctx.now() };
      try {
        ctx.log.append(event);
      } catch (e) {
        throw new AppError('store.write-failed', `could not save the undo: ${(e as Error).message}`);
      }
      ctx.study.undone.add(answerId);
      ctx.study.recent.delete(answerId);
      ctx.study.refold();
      const question = ctx.progress.questions.get(answer.questionId) ?? null;
      const loaded = findBank(ctx, answer.bankId);
      return {
        result: { questionId: answer.questionId, question },
        changes: {
          banks: [bankSummary(ctx, loaded)],
          today: today(ctx),
          ...(question ? { questions: { [answer.questionId]: question } } : { forgotten: [answer.questionId] }),
        },
      };
    },
  };
}

/** A response in the words of the question: the texts of the options picked, or true/false. */
function wrongChoice(question: Question, r: Response): WrongChoice | undefined {
  if (r.kind === 'judge') return { kind: 'judge', value: r.value };
  if (question.type === 'judge') return undefined; // the bank changed the question's type since
  const options = r.selected.map((i) => question.options[i]).filter((o): o is string => o !== undefined);
  return options.length ? { kind: 'choice', options } : undefined;
}
