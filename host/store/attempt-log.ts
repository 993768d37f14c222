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

/**
 * Answer history as append-only JSON lines, one file per month. An answer costs one small
 * append instead of rewriting a store file that grows with every answer, and a crash can at
 * worst leave one torn last line, which is skipped and reported, never silently dropped.
 */
export class AttemptLog {
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  readAll(): { attempts: Attempt[]; skipped: number } {
    const attempts: Attempt[] = [];
    let skipped = 0;
    for (const name of fs.readdirSync(this.dir).filter((n) => SEGMENT.test(n)).sort()) {
      const file = path.join(this.dir, name);
      const text = fs.readFileSync(file, 'utf8');
      // A torn last line (crash mid-append) must not swallow the next record: end it first.
      if (text.length > 0 && !text.endsWith('\n')) fs.appendFileSync(file, '\n');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const parsed = safeJson(line);
        const ok = attemptSchema.safeParse(parsed);
        if (ok.success) attempts.push(ok.data);
        else skipped++;
      }
    }
    return { attempts, skipped };
  }

  append(a: Attempt): void {
    const d = new Date(a.at);
    const name = `attempts-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.jsonl`;
    fs.appendFileSync(path.join(this.dir, name), JSON.stringify(a) + '\n');
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
