import { dailyTarget, daysLeft } from '@core/review/plan';
import type { DomainHandlers } from '../handler-types';
import type { HostContext } from '../context';
import type { reviewArgs, ReviewResults } from './contract';
import { todaysQueue } from './queue';

export function reviewHandlers(ctx: HostContext): DomainHandlers<typeof reviewArgs, ReviewResults> {
  return {
    async 'review.summary'() {
      const q = todaysQueue(ctx);
      let wrong = 0;
      for (const b of ctx.banks) for (const id of b.questionIds) if (ctx.progress.questions.get(id)?.lastCorrect === false) wrong++;
      const { examDate } = ctx.settings.get('settings');
      const days = examDate === null ? 0 : daysLeft(examDate, ctx.now(), ctx.offsetOf);
      return {
        queue: q.reviews.length + q.fresh.length,
        dueTotal: q.dueTotal,
        unseen: q.unseen,
        wrong,
        // A date set earlier may have passed since: the card says so instead of planning.
        plan: examDate === null ? null : { examDate, daysLeft: days, dailyTarget: days < 0 ? 0 : dailyTarget(q.unseen, days, q.reviews.length) },
      };
    },
  };
}
