import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBanks } from './load-banks';

// What the bundled banks promise learners: enough questions of every type, case sets, and
// explanations that survive option shuffling. (Article coverage needs the statute texts,
// which live outside the repository: see ../shared/tools/bank-stats.mjs.)
const targets: Record<string, { questions: number; cases: number }> = {
  constitution: { questions: 400, cases: 4 },
  'civil-code': { questions: 1000, cases: 10 },
  'administrative-penalty-law': { questions: 500, cases: 10 },
  'administrative-licensing-law': { questions: 350, cases: 10 },
  'administrative-compulsion-law': { questions: 300, cases: 10 },
  'administrative-reconsideration-law': { questions: 350, cases: 10 },
  'administrative-litigation-law': { questions: 350, cases: 10 },
  'state-compensation-law': { questions: 200, cases: 6 },
  'government-information-disclosure-regulations': { questions: 200, cases: 6 },
  'public-official-sanctions-law': { questions: 250, cases: 10 },
};

const GRANDFATHERED = new Set(['apl-1209', 'apl-1212', 'apl-1213', 'cc-1028', 'cc-3039']);

describe('bundled bank targets', () => {
  const { banks } = loadBanks(path.resolve(import.meta.dirname, '../../question-banks'));

  for (const [id, target] of Object.entries(targets)) {
    describe(id, () => {
      const loaded = banks.find((b) => b.bank.id === id);
      const items = loaded?.items ?? [];
      const share = (type: string) => items.filter((i) => i.question.type === type).length / items.length;

      it(`has at least ${target.questions} questions and ${target.cases} case sets`, () => {
        expect(items.length).toBeGreaterThanOrEqual(target.questions);
        expect(loaded!.bank.questions.filter((e) => e.type === 'case').length).toBeGreaterThanOrEqual(target.cases);
      });

      it('keeps the type mix: single ≥ 40%, multiple ≥ 20%, judge ≥ 20%', () => {
        expect(share('single')).toBeGreaterThanOrEqual(0.4);
        expect(share('multiple')).toBeGreaterThanOrEqual(0.2);
        expect(share('judge')).toBeGreaterThanOrEqual(0.2);
      });

      it('has a distractor in every multiple-choice question (not every option right)', () => {
        const allRight = items.filter((i) => i.question.type === 'multiple' && i.question.answer.length === i.question.options.length);
        // Five older items (apl-1209, apl-1212, apl-1213, cc-1028, cc-3039) predate the rule; learners have history on them.
        expect(allRight.map((i) => i.question.id).filter((id) => !GRANDFATHERED.has(id))).toEqual([]);
      });

      it('names its chapters and a group for the start screen', () => {
        expect(loaded!.bank.group).toBeDefined();
        expect(loaded!.bank.chapters.length).toBeGreaterThan(0);
      });

      it('never names an option by letter or position in an explanation (options are shuffled)', () => {
        const byPosition = /选项\s*[A-HＡ-Ｈ]|[A-H]\s*项|第[一二三四五六七八]个?选项|[（(][A-H][)）]/;
        expect(items.filter((i) => byPosition.test(i.question.explanation)).map((i) => i.question.id)).toEqual([]);
      });
    });
  }
});
