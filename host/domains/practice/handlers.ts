import type { AnswerEvent } from '@core/history/event';
import { AppError } from '@core/ipc/envelope';
import { reveal, shownItem } from '@core/practice/items';
import { fitsQuestion, isCorrect } from '@core/practice/response';
import { applyEvent, type QuestionProgress } from '@core/progress/progress';
import { positionKey, type Scope } from '@core/scope/scope';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import { bankHead, bankSummary, findBank, itemsOf, savedPosition, today } from '../banks/summary';
import type { practiceArgs, PracticeResults } from './contract';

const modeOf = (scope: Scope): AnswerEvent['mode'] => (scope.kind === 'wrong' ? 'review' : 'practice');

export function practiceHandlers(ctx: HostContext): DomainHandlers<typeof practiceArgs, PracticeResults> {
  return {
    async 'practice.open'({ scope }) {
      const { loaded, items } = itemsOf(ctx, scope);
      const progress: Record<string, QuestionProgress> = {};
      for (const i of items) {
        const p = ctx.progress.questions.get(i.question.id);
        if (p) progress[i.question.id] = p;
      }
      const chapterId = scope.kind === 'chapter' || scope.kind === 'wrong' ? scope.chapterId : undefined;
      const chapterTitle = loaded.bank.chapters.find((c) => c.id === chapterId)?.title;
      return {
        bank: bankHead(loaded),
        scope,
        ...(chapterTitle && { chapterTitle }),
        items: items.map(shownItem),
        position: savedPosition(ctx, scope, items.length),
        progress,
      };
    },

    async 'practice.answer'({ id, scope, questionId, response, elapsedMs, sessionId }) {
      const loaded = findBank(ctx, scope.bankId);
      const item = loaded.byId.get(questionId);
      if (!item) throw new AppError('question.not-found', `no question ${questionId} in ${scope.bankId}`);
      const { question } = item;
      if (!fitsQuestion(question, response)) throw new AppError('ipc.bad-request', `response does not fit question ${questionId}`);
      const correct = isCorrect(question, response);
      const result = (saved: boolean) => ({ saved, correct, reveal: reveal(question), question: ctx.progress.questions.get(questionId) ?? null });
      if (ctx.readOnly) return { result: result(false), changes: {} };

      const event: AnswerEvent = { v: 2, id, kind: 'answer', questionId, bankId: scope.bankId, response, correct, at: ctx.now(), elapsedMs, mode: modeOf(scope), sessionId };
      let written: 'written' | 'duplicate';
      try {
        written = ctx.log.append(event);
      } catch (e) {
        // Not on disk means not counted: memory must never run ahead of the disk.
        throw new AppError('store.write-failed', `could not save the answer: ${(e as Error).message}`);
      }
      // A retried request (its reply was lost) finds its answer already kept and changes nothing.
      if (written === 'written') applyEvent(ctx.progress, event, ctx.offsetOf);
      const out = result(true);
      return {
        result: out,
        changes: { questions: { [questionId]: out.question! }, banks: [bankSummary(ctx, loaded)], today: today(ctx) },
      };
    },

    async 'practice.move'({ scope, position }) {
      const { loaded, items } = itemsOf(ctx, scope);
      const clamped = Math.min(position, items.length);
      try {
        ctx.positions.set('positions', { ...ctx.positions.get('positions'), [positionKey(scope)]: clamped });
      } catch (e) {
        throw new AppError('store.write-failed', `could not save the position: ${(e as Error).message}`);
      }
      return { result: { position: clamped }, changes: { banks: [bankSummary(ctx, loaded)] } };
    },

    async 'practice.reveal'({ bankId, questionIds }) {
      const loaded = findBank(ctx, bankId);
      return questionIds.map((qid) => {
        const item = loaded.byId.get(qid);
        if (!item) throw new AppError('question.not-found', `no question ${qid} in ${bankId}`);
        return reveal(item.question);
      });
    },
  };
}
