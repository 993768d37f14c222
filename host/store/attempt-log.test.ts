import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttemptLog } from './attempt-log';
import type { Attempt } from '../../core/progress/progress';
import { tempDir } from '../test-support/temp';

const JAN = Date.UTC(2026, 0, 31, 23, 59, 59);
const FEB = Date.UTC(2026, 1, 1, 0, 0, 0);
const a = (questionId: string, at: number, correct = true): Attempt => ({ questionId, bankId: 'bank', correct, at });

function logIn(): { dir: string; log: AttemptLog } {
  const dir = path.join(tempDir(), 'history');
  return { dir, log: new AttemptLog(dir) };
}

describe('AttemptLog', () => {
  it('creates its folder and reads nothing from it at first', () => {
    const { dir, log } = logIn();
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    expect(log.readAll()).toEqual({ attempts: [], skipped: 0, unreadable: [] });
  });

  it('reads back what was appended, in order, also from a new instance', () => {
    const { dir, log } = logIn();
    const written = [a('q1', JAN, true), a('q2', JAN + 1, false), a('q1', JAN + 2, true)];
    for (const x of written) log.append(x);
    expect(log.readAll()).toEqual({ attempts: written, skipped: 0, unreadable: [] });
    expect(new AttemptLog(dir).readAll().attempts).toEqual(written);
  });

  it('writes one JSON line per answer into a file per UTC month, read back in month order', () => {
    const { dir, log } = logIn();
    log.append(a('late', FEB));
    log.append(a('early', JAN));
    expect(fs.readdirSync(dir).sort()).toEqual(['attempts-2026-01.jsonl', 'attempts-2026-02.jsonl']);
    expect(fs.readFileSync(path.join(dir, 'attempts-2026-01.jsonl'), 'utf8')).toBe(JSON.stringify(a('early', JAN)) + '\n');
    expect(log.readAll().attempts.map((x) => x.questionId)).toEqual(['early', 'late']);
  });

  it('sets a torn last line aside once, keeps its bytes, and the next append stays readable', () => {
    const { dir, log } = logIn();
    log.append(a('q1', JAN));
    const file = path.join(dir, 'attempts-2026-01.jsonl');
    const goodBytes = fs.statSync(file).size;
    const torn = '{"questionId":"q2","bankId":"bank","corr'; // crash mid-append
    fs.appendFileSync(file, torn);
    expect(log.readAll()).toEqual({ attempts: [a('q1', JAN)], skipped: 1, unreadable: [] });
    expect(fs.readFileSync(`${file}.torn-${goodBytes}.txt`, 'utf8')).toBe(torn);

    log.append(a('q3', JAN + 5));
    const after = new AttemptLog(dir).readAll();
    expect(after.attempts).toEqual([a('q1', JAN), a('q3', JAN + 5)]);
    expect(after.skipped).toBe(0); // reported once, not on every launch
  });

  it('reports a segment it cannot read and still reads the others', () => {
    const { dir, log } = logIn();
    log.append(a('q1', FEB));
    fs.mkdirSync(path.join(dir, 'attempts-2026-01.jsonl'));
    expect(log.readAll()).toEqual({ attempts: [a('q1', FEB)], skipped: 0, unreadable: [path.join(dir, 'attempts-2026-01.jsonl')] });
  });

  it('counts garbage and ill-shaped lines, keeps the good ones, ignores blank lines', () => {
    const { dir, log } = logIn();
    const good = JSON.stringify(a('q1', JAN));
    const lines = [
      good,
      'not json at all',
      '',
      '   ',
      JSON.stringify({ questionId: 'q2', bankId: 'bank', correct: 'yes', at: JAN }),
      JSON.stringify({ questionId: '', bankId: 'bank', correct: true, at: JAN }),
      JSON.stringify({ questionId: 'q3', bankId: 'bank', correct: true, at: -1 }),
      '[]',
      good,
    ];
    fs.writeFileSync(path.join(dir, 'attempts-2026-01.jsonl'), lines.join('\n') + '\n');
    expect(log.readAll()).toEqual({ attempts: [a('q1', JAN), a('q1', JAN)], skipped: 5, unreadable: [] });
  });

  it('ignores files that are not month segments', () => {
    const { dir, log } = logIn();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'garbage\n');
    fs.writeFileSync(path.join(dir, 'attempts-2026-1.jsonl'), 'garbage\n');
    fs.writeFileSync(path.join(dir, 'attempts-2026-01.jsonl.bak'), 'garbage\n');
    expect(log.readAll()).toEqual({ attempts: [], skipped: 0, unreadable: [] });
  });
});
