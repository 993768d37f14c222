import { AppError } from '../../core/ipc/envelope';
import type { Handlers } from '../../core/ipc/contract';
import { applyAttempt, summarizeBank, type Attempt } from '../../core/progress/progress';
import { correctResponse, fitsQuestion, isCorrect } from '../../core/practice/response';
import type { HostContext } from './context';
import { findBank, positionKey, scopeItems } from './bank-handlers';

export function practiceHandlers(ctx: HostContext): Pick<Handlers, 'practice.answer' | 'practice.move'> {
  return {
    async 'practice.answer'({ bankId, questionId, response }) {
      const loaded = findBank(ctx, bankId);
      const item = loaded.items.find((i) => i.question.id === questionId);
      if (!item) throw new AppError('question.not-found', `no question ${questionId} in ${bankId}`);
      const { question } = item;
      if (!fitsQuestion(question, response)) throw new AppError('ipc.bad-request', `response does not fit question ${questionId}`);
      const attempt: Attempt = { questionId, bankId, correct: isCorrect(question, response), at: ctx.now() };
      try {
        ctx.attempts.append(attempt);
      } catch (e) {
        // Not written means not counted: memory must never run ahead of the disk.
        throw new AppError('store.write-failed', `could not save the answer: ${(e as Error).message}`);
      }
      const { after } = applyAttempt(ctx.progress, attempt);
      return {
        correct: attempt.correct,
        correctResponse: correctResponse(question),
        changes: { question: after, bank: summarizeBank(loaded.questionIds, ctx.progress) },
      };
    },
    async 'practice.move'({ bankId, chapterId, position }) {
      const items = scopeItems(findBank(ctx, bankId), chapterId);
      const clamped = Math.max(0, Math.min(position, items.length - 1));
      try {
        ctx.progressFile.set('positions', { ...ctx.progressFile.get('positions'), [positionKey(bankId, chapterId)]: clamped });
      } catch (e) {
        throw new AppError('store.write-failed', `could not save the position: ${(e as Error).message}`);
      }
      return { position: clamped };
    },
  };
}
