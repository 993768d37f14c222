// Starting the web host on a large install (10,000 questions, 200,000 past answers): from
// spawn to the first app.bootstrap reply, and the child's own memory once banks are listed.
import http from 'node:http';
import type { BankResults } from '@host/domains/banks/contract';
import { figure, median, ms, progress, tempDir, type Figure } from './common';
import { answerables, writeHistory, writeScaledBanks } from './fixtures';
import { call, rssMiB, startHost } from './web-host';

const RUNS = 3;
const QUESTIONS = 10_000;

export async function benchStartup(): Promise<Figure[]> {
  const banksDir = tempDir('banks-10k');
  writeScaledBanks(banksDir, QUESTIONS);
  const questions = answerables(banksDir);
  const seedDir = tempDir('data-200k');
  const { bytes } = writeHistory(seedDir, questions, 200_000);
  progress(`start-up: ${questions.length} questions, 200,000 events (${(bytes / 2 ** 20).toFixed(1)} MiB of history), ${RUNS} starts`);
  const times: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Each start reads the same folder: the history is only appended to by answers, and none are given here.
    const host = await startHost({ dataDir: seedDir, banksDir });
    try {
      const agent = new http.Agent({ keepAlive: true });
      const boot = await call(agent, host.port, host.token, 'app.bootstrap', {});
      const notices = (boot.body.value as { notices?: { code: string }[] } | undefined)?.notices ?? [];
      if (notices.some((n) => n.code.startsWith('history.'))) throw new Error(`the host found the bench history damaged: ${JSON.stringify(notices)}`);
      const list = await call(agent, host.port, host.token, 'banks.list', {});
      agent.destroy();
      if (list.status !== 200 || !list.body.ok) throw new Error(`banks.list failed: ${JSON.stringify(list.body.error)}`);
      const count = (list.body.value as BankResults['banks.list']).banks.length;
      if (count < 2) throw new Error(`the host listed ${count} banks`);
      times.push(host.readyMs);
      rss.push(rssMiB(host.pid));
      progress(`  start ${run + 1}: ${ms(host.readyMs, 0)} to first reply, RSS ${rss.at(-1)!.toFixed(1)} MiB after banks.list (${count} banks)`);
    } finally {
      await host.stop();
    }
  }
  const note = `${questions.length} questions, 200,000 events; median of ${RUNS} starts`;
  return [figure('startup-ms-10k-200k', median(times), note), figure('startup-rss-mib-10k-200k', median(rss), note)];
}
