import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent, UndoEvent } from '@core/history/event';
import { AnswerLog } from './answer-log';
import { foldHistory, refold } from './study-history';
import { answerEvent } from '../test-support/events';
import { tempDir } from '../test-support/temp';

const AT = Date.UTC(2026, 0, 15, 10);
const undoOf = (target: string, at = AT + 1): UndoEvent => ({ v: 2, id: crypto.randomUUID(), kind: 'undo', target, at });

function collecting() {
  const seen: HistoryEvent[] = [];
  return { seen, folds: { reset: () => void seen.splice(0), visit: (e: HistoryEvent) => void seen.push(e) } };
}

describe('folding a history with undos', () => {
  it('skips undone answers after a restart; a history without undos is read once', () => {
    const dir = path.join(tempDir(), 'history');
    const log = new AnswerLog(dir);
    const kept = answerEvent({ at: AT });
    const slip = answerEvent({ at: AT + 1, correct: false });
    log.append(kept);
    log.append(slip);
    let rereads = 0;
    const reread = () => (rereads++, new AnswerLog(dir));
    const before = collecting();
    expect(foldHistory(new AnswerLog(dir), reread, before.folds).undone.size).toBe(0);
    expect(before.seen).toEqual([kept, slip]);
    expect(rereads).toBe(0);

    const undo = undoOf(slip.id);
    expect(log.append(undo)).toBe('written');
    expect(log.append(undo)).toBe('duplicate'); // a retried undo is written once
    log.close();
    const after = collecting();
    const read = foldHistory(new AnswerLog(dir), reread, after.folds);
    expect(after.seen).toEqual([kept]);
    expect(read.undone).toEqual(new Set([slip.id]));
    expect(read.newDamage).toBe(0); // an undo line is not damage
    const lines = fs.readFileSync(path.join(dir, 'attempts-2026-01.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual(['answer', 'answer', 'undo']);
  });

  it('refold starts the folds afresh from the files without the undone answers', () => {
    const dir = path.join(tempDir(), 'history');
    const log = new AnswerLog(dir);
    const a = answerEvent({ at: AT });
    const b = answerEvent({ at: AT + 5 });
    log.append(a);
    log.append(b);
    const { seen, folds } = collecting();
    foldHistory(log, () => new AnswerLog(dir), folds);
    log.append(undoOf(a.id));
    refold(() => new AnswerLog(dir), folds, new Set([a.id]));
    expect(seen).toEqual([b]);
  });

  it('a malformed undo line (no target) is damage, not an undo', () => {
    const dir = path.join(tempDir(), 'history');
    fs.mkdirSync(dir, { recursive: true });
    const a = answerEvent({ at: AT });
    fs.writeFileSync(path.join(dir, 'attempts-2026-01.jsonl'), `${JSON.stringify(a)}\n${JSON.stringify({ v: 2, id: crypto.randomUUID(), kind: 'undo', at: AT })}\n`);
    const { seen, folds } = collecting();
    const read = foldHistory(new AnswerLog(dir), () => new AnswerLog(dir), folds);
    expect(seen).toEqual([a]);
    expect(read.newDamage).toBe(1);
  });
});
