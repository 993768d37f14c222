import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Attempt } from '../../core/progress/progress';

const attemptSchema = z.object({
  questionId: z.string().min(1),
  bankId: z.string().min(1),
  correct: z.boolean(),
  at: z.number().int().nonnegative(),
});

const SEGMENT = /^attempts-(\d{4})-(\d{2})\.jsonl$/;

export interface HistoryRead {
  attempts: Attempt[];
  /** Lines that were not a valid attempt (each reported once, when found). */
  skipped: number;
  /** Segment files that could not be read at all. */
  unreadable: string[];
}

/**
 * Answer history as append-only JSON lines, one file per month. An answer costs one small
 * append instead of rewriting a store file that grows with every answer, and a crash can at
 * worst leave one torn last line, which is set aside and reported, never silently dropped.
 */
export class AttemptLog {
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  readAll(): HistoryRead {
    const result: HistoryRead = { attempts: [], skipped: 0, unreadable: [] };
    for (const name of fs.readdirSync(this.dir).filter((n) => SEGMENT.test(n)).sort()) {
      const file = path.join(this.dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        result.unreadable.push(file);
        continue;
      }
      if (text.length > 0 && !text.endsWith('\n')) text = this.setAsideTornTail(file, text, result);
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const ok = attemptSchema.safeParse(safeJson(line));
        if (ok.success) result.attempts.push(ok.data);
        else result.skipped++;
      }
    }
    return result;
  }

  append(a: Attempt): void {
    const d = new Date(a.at);
    const name = `attempts-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.jsonl`;
    fs.appendFileSync(path.join(this.dir, name), JSON.stringify(a) + '\n');
  }

  /**
   * A last line without its newline was cut off mid-append. Its bytes are copied to a side
   * file first and only then cut from the segment, so the next append starts a clean line
   * and the fragment is not reported again on every launch.
   */
  private setAsideTornTail(file: string, text: string, result: HistoryRead): string {
    const keep = text.lastIndexOf('\n') + 1;
    const keepBytes = Buffer.byteLength(text.slice(0, keep));
    fs.writeFileSync(`${file}.torn-${keepBytes}.txt`, text.slice(keep));
    fs.truncateSync(file, keepBytes);
    result.skipped++;
    return text.slice(0, keep);
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
