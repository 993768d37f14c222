// What the learner sees in a browser: the first question of a bank opened by its address,
// and the next question after pressing →. Headless Debian Chromium against the real web host.
import { chromium, type Browser } from '@playwright/test';
import { BUNDLED_BANKS, figure, median, ms, percentile, progress, tempDir, type Figure } from './common';
import { startHost } from './web-host';

const FIRST_RUNS = 7;
const PRESSES = 50;
/** Rounds of presses; the figure is the median of their p95s, so one burst of machine load does not decide it. */
const ROUNDS = 3;
/** Between presses, as a learner glances at the question (and the position save settles). */
const PAUSE_MS = 100;
const BANK = 'administrative-penalty-law';

/**
 * Runs in the page (kept as source text: the TypeScript loader would add helpers to a
 * function that the page does not have). Each press: keydown dispatched at t0, done on the
 * first animation frame after the question id changes, when the new question is painted.
 */
const PRESS_NEXT = `async (presses, pauseMs) => {
  const root = () => document.querySelector('.practice[data-question-id]');
  const out = [];
  for (let i = 0; i < presses; i++) {
    const before = root()?.dataset.questionId;
    const position = Number(root()?.dataset.position);
    if (!before) throw new Error('no question on screen');
    const dt = await new Promise((resolve, reject) => {
      let t0 = 0;
      const observer = new MutationObserver(() => {
        const now = root()?.dataset.questionId;
        if (!now || now === before) return;
        observer.disconnect();
        clearTimeout(timer);
        if (Number(root().dataset.position) !== position + 1) return reject(new Error('→ went from ' + position + ' to ' + root().dataset.position));
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      const timer = setTimeout(() => (observer.disconnect(), reject(new Error('question ' + before + ' did not change'))), 5000);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-question-id'] });
      const target = document.activeElement || document.body;
      t0 = performance.now();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', bubbles: true, cancelable: true }));
    });
    out.push(dt);
    // A learner reads before moving on: let the position save and any idle work settle.
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return out;
}`;

export async function benchBrowser(): Promise<Figure[]> {
  const host = await startHost({ dataDir: tempDir('browser'), banksDir: BUNDLED_BANKS });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // As in playwright.config.ts: without the last ones Chromium keeps reaching for Google's hosts.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    // The printed address once, as the learner's first visit: the page keeps the token.
    await page.goto(host.url);
    await page.locator('[data-bank] [data-action="practise"]').first().waitFor({ state: 'visible' });

    const target = `${host.base}/#/bank/${BANK}/1`;
    const question = page.locator('.practice[data-question-id]');
    const firsts: number[] = [];
    for (let run = 0; run <= FIRST_RUNS; run++) {
      // A fresh document each time, not a same-page hash change.
      await page.goto('about:blank');
      const t = performance.now();
      await page.goto(target, { waitUntil: 'commit' });
      await question.waitFor({ state: 'visible' });
      const dt = performance.now() - t;
      const position = await question.getAttribute('data-position');
      if (position !== '0') throw new Error(`#/bank/${BANK}/1 opened position ${position}, not 0`);
      if (run > 0) firsts.push(dt); // the first also warms the host's and the browser's caches
    }
    progress(`first question: ${firsts.map((x) => x.toFixed(0)).join(', ')} ms`);

    const rounds: number[][] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push((await page.evaluate(`(${PRESS_NEXT})(${PRESSES}, ${PAUSE_MS})`)) as number[]);
    const p95s = rounds.map((r) => percentile(r, 95));
    const p50 = median(rounds.flat());
    progress(`next question: p95 per round of ${PRESSES}: ${p95s.map((x) => x.toFixed(1)).join(', ')} ms; p50 ${ms(p50, 1)}; max ${ms(Math.max(...rounds.flat()), 1)}`);
    await context.close();
    return [
      figure('first-question-ms', median(firsts), `median of ${FIRST_RUNS} fresh loads of #/bank/${BANK}/1`),
      figure('next-question-p95-ms', median(p95s), `median of ${ROUNDS} rounds' p95 of ${PRESSES} ArrowRight presses; p50 ${p50.toFixed(1)} ms`),
    ];
  } finally {
    await browser?.close();
    await host.stop();
  }
}
