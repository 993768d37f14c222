import type { AnswerEvent } from '@core/history/event';
import { AppError } from '@core/ipc/envelope';
import { reveal, shownItem } from '@core/practice/items';
import { fitsQuestion, isCorrect } from '@core/practice/response';
import { applyEvent, type QuestionProgress } from '@core/progress/progress';
import { recordAnswer } from '@core/review/cards';
import { positionKey, scopeBank, type Scope } from '@core/scope/scope';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import { recordStudyAnswer } from '../study/state';
import { bankHead, bankSummary, findBank, itemsOf, savedPosition, today } from '../banks/summary';
import type { practiceArgs, PracticeResults } from './contract';

const modeOf = (scope: Scope): AnswerEvent['mode'] => (scope.kind === 'wrong' || scope.kind === 'due' || scope.kind === 'mistakes' ? 'review' : 'practice');

export function practiceHandlers(ctx: HostContext): DomainHandlers<typeof practiceArgs, PracticeResults> {
  return {
    async 'practice.open'({ scope }) {
      const items = itemsOf(ctx, scope);
      const progress: Record<string, QuestionProgress> = {};
      for (const { item } of items) {
        const p = ctx.progress.questions.get(item.question.id);
        if (p) progress[item.question.id] = p;
      }
      const bankId = scopeBank(scope);
      const loaded = bankId === undefined ? undefined : findBank(ctx, bankId);
      const chapterId = 'chapterId' in scope ? scope.chapterId : undefined;
      const chapterTitle = loaded?.bank.chapters.find((c) => c.id === chapterId)?.title;
      const laws = new Map<string, string>();
      for (const b of ctx.banks) if (!loaded || b === loaded) for (const l of b.bank.laws) if (!laws.has(l.id)) laws.set(l.id, l.title);
      return {
        ...(loaded && { bank: bankHead(loaded) }),
        scope,
        laws: [...laws].map(([id, title]) => ({ id, title })),
        ...(chapterTitle && { chapterTitle }),
        items: items.map(({ bankId: b, item }) => shownItem(item, b)),
        position: savedPosition(ctx, scope, items.length),
        progress,
      };
    },

    async 'practice.answer'({ id, scope, bankId, questionId, response, elapsedMs, sessionId }) {
      const loaded = findBank(ctx, bankId);
      const item = loaded.byId.get(questionId);
      if (!item) throw new AppError('question.not-found', `no question ${questionId} in ${bankId}`);
      const { question } = item;
      if (!fitsQuestion(question, response)) throw new AppError('ipc.bad-request', `response does not fit question ${questionId}`);
      const correct = isCorrect(question, response);
      const result = (saved: boolean) => ({ saved, correct, reveal: reveal(question), question: ctx.progress.questions.get(questionId) ?? null });
      if (ctx.readOnly) return { result: result(false), changes: {} };

      const event: AnswerEvent = { v: 2, id, kind: 'answer', questionId, bankId, response, correct, at: ctx.now(), elapsedMs, mode: modeOf(scope), sessionId };
      let written: 'written' | 'duplicate';
      try {
        written = ctx.log.append(event);
      } catch (e) {
        // Not on disk means not counted: memory must never run ahead of the disk.
        throw new AppError('store.write-failed', `could not save the answer: ${(e as Error).message}`);
      }
      // A retried request (its reply was lost) finds its answer already kept and changes nothing.
      if (written === 'written') applyEvent(ctx.progress, event, ctx.offsetOf);
      if (written === 'written') recordAnswer(ctx.review, event);
      if (written === 'written') recordStudyAnswer(ctx.study, event);
      const out = result(true);
      return {
        result: out,
        changes: { questions: { [questionId]: out.question! }, banks: [bankSummary(ctx, loaded)], today: today(ctx) },
      };
    },

    async 'practice.move'({ scope, position }) {
      const items = itemsOf(ctx, scope);
      const bankId = scopeBank(scope);
      const clamped = Math.min(position, items.length);
      try {
        ctx.positions.set('positions', { ...ctx.positions.get('positions'), [positionKey(scope)]: clamped });
      } catch (e) {
        throw new AppError('store.write-failed', `could not save the position: ${(e as Error).message}`);
      }
      return { result: { position: clamped }, changes: bankId === undefined ? {} : { banks: [bankSummary(ctx, findBank(ctx, bankId))] } };
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
