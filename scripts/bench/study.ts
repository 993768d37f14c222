// The study issue's figures: folding a long history into progress, FSRS cards and the 错题本,
// today's due queue, and one keystroke's search — each over the sizes the issue names.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyEvent, emptyProgress } from '@core/progress/progress';
import { benchCandidates, benchDueQueue, benchFold, benchHistory } from '@core/review/bench-cases';
import { searchQuestions } from '@core/search/question-search';
import { applyMistake, emptyMistakes } from '@core/study/mistakes';
import { loadBanks } from '@host/banks/load-banks';
import { collectGarbage, figure, median, ms, percentile, progress, tempDir, type Figure } from './common';
import { writeScaledBanks } from './fixtures';

/** Progress, 错题本 and FSRS cards (recorded and scheduled) from 200,000 events over 20,000 questions. */
function benchStudyFold(): Figure[] {
  const events = benchHistory(200_000, 20_000);
  const runs: number[] = [];
  let cards = benchFold(events).cards; // warm the code paths once
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    const t = performance.now();
    const p = emptyProgress();
    const m = emptyMistakes();
    for (const e of events) {
      applyEvent(p, e, () => 480);
      applyMistake(m, e);
    }
    const folds = performance.now() - t;
    const fsrs = benchFold(events);
    cards = fsrs.cards;
    runs.push(folds + fsrs.recordMs + fsrs.scheduleMs);
    progress(`study fold: progress + 错题本 ${ms(folds, 0)}, FSRS record ${ms(fsrs.recordMs, 0)} + schedule ${ms(fsrs.scheduleMs, 0)}`);
  }
  const due: number[] = [];
  const candidates = benchCandidates(20_000);
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    benchDueQueue(cards, candidates);
    if (i >= 5) due.push(performance.now() - t);
  }
  return [
    figure('study-fold-ms-200k', median(runs), 'progress, 错题本 and FSRS cards from 200,000 events; median of 3'),
    figure('due-queue-ms-20k', median(due), "today's queue over 20,000 cards; median of 20"),
  ];
}

/** Every prefix of a few phrases typed over 20,000 questions (scaled copies of the bundled banks). */
function benchSearch(): Figure[] {
  const dir = tempDir('search');
  writeScaledBanks(dir, 20_000);
  const { banks } = loadBanks(dir);
  const sources = banks.map((b) => ({ bankId: b.bank.id, items: b.items }));
  const phrases = ['行政处罚', '听证', '十五日内', '复议机关', '（一）警告', '当事人', '依法给予赔偿', '不予公开'];
  searchQuestions(sources, '预热'); // the first search folds the text once
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const phrase of phrases)
      for (let n = 1; n <= phrase.length; n++) {
        const t = performance.now();
        searchQuestions(sources, phrase.slice(0, n));
        times.push(performance.now() - t);
      }
  const questions = banks.reduce((n, b) => n + b.items.length, 0);
  progress(`search: ${questions} questions in ${path.basename(dir)}, ${times.length} keystrokes, p50 ${ms(percentile(times, 50), 2)}`);
  return [figure('search-p95-ms-20k', percentile(times, 95), `${questions} questions, ${times.length} keystrokes`)];
}

export function benchStudy(): Figure[] {
  return [...benchStudyFold(), ...benchSearch()];
}
