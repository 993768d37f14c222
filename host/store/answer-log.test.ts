import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AnswerLog, type LogFs } from './answer-log';
import { answerEvent } from '../test-support/events';
import { tempDir } from '../test-support/temp';

const JAN = Date.UTC(2026, 0, 31, 23, 59, 59);
const FEB = Date.UTC(2026, 1, 1, 0, 0, 0);
const SEG = 'attempts-2026-01.jsonl';

function logIn(fsImpl?: LogFs): { dir: string; log: AnswerLog; file: string } {
  const dir = path.join(tempDir(), 'history');
  return { dir, log: new AnswerLog(dir, fsImpl), file: path.join(dir, SEG) };
}
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A disk that fills up: the next `writeSync` stores only `partial` bytes, then fails. */
function fillingDisk(opts: { partial: number; truncateFails?: boolean }) {
  let full = false;
  const fake: LogFs = {
    ...fs,
    writeSync: ((fd: number, buf: Buffer, offset: number, length: number) => {
      if (!full) return fs.writeSync(fd, buf, offset, length);
      fs.writeSync(fd, buf, offset, Math.min(opts.partial, length));
      throw enospc();
    }) as LogFs['writeSync'],
    ftruncateSync: ((fd: number, len?: number) => {
      if (full && opts.truncateFails) throw enospc();
      fs.ftruncateSync(fd, len);
    }) as LogFs['ftruncateSync'],
  };
  return { fake, fill: () => (full = true), free: () => (full = false) };
}

describe('AnswerLog', () => {
  it('reads back what was appended, in order, also from a new instance', () => {
    const { dir, log } = logIn();
    const written = [answerEvent({ at: JAN }), answerEvent({ at: JAN + 1, correct: false }), answerEvent({ at: JAN + 2 })];
    for (const e of written) expect(log.append(e)).toBe('written');
    expect(new AnswerLog(dir).readAll()).toEqual({ events: written, newDamage: 0, unreadable: [], newer: 0 });
  });

  it('writes one JSON line per answer into a file per UTC month', () => {
    const { dir, log } = logIn();
    const late = answerEvent({ at: FEB });
    const early = answerEvent({ at: JAN });
    log.append(late);
    log.append(early);
    expect(fs.readdirSync(dir).sort()).toEqual([SEG, 'attempts-2026-02.jsonl']);
    expect(fs.readFileSync(path.join(dir, SEG), 'utf8')).toBe(JSON.stringify(early) + '\n');
  });

  it('makes every answer durable (fdatasync) before append returns', () => {
    const calls: string[] = [];
    const spy: LogFs = {
      ...fs,
      writeSync: ((...a: Parameters<typeof fs.writeSync>) => (calls.push('write'), (fs.writeSync as (...x: unknown[]) => number)(...a))) as LogFs['writeSync'],
      fdatasyncSync: (fd: number) => (calls.push('sync'), fs.fdatasyncSync(fd)),
    };
    const { log } = logIn(spy);
    log.append(answerEvent({ at: JAN }));
    log.append(answerEvent({ at: JAN }));
    expect(calls).toEqual(['write', 'sync', 'write', 'sync']);
  });

  it('records an event id once: a retried request writes nothing the second time', () => {
    const { dir, log, file } = logIn();
    const e = answerEvent({ at: JAN });
    expect(log.append(e)).toBe('written');
    expect(log.append({ ...e })).toBe('duplicate');
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    // and after a restart too
    const again = new AnswerLog(dir);
    again.readAll();
    expect(again.append({ ...e })).toBe('duplicate');
  });

  it('disk full mid-append: the file goes back to its previous length and the next answer is kept', () => {
    const disk = fillingDisk({ partial: 17 });
    const { dir, log, file } = logIn(disk.fake);
    const first = answerEvent({ at: JAN });
    log.append(first);
    const size = fs.statSync(file).size;
    disk.fill();
    expect(() => log.append(answerEvent({ at: JAN + 1 }))).toThrow(/ENOSPC/);
    expect(fs.statSync(file).size).toBe(size);
    disk.free();
    const next = answerEvent({ at: JAN + 2 });
    log.append(next);
    expect(new AnswerLog(dir).readAll()).toEqual({ events: [first, next], newDamage: 0, unreadable: [], newer: 0 });
  });

  it('disk full and the cut fails too: the next answer starts on a fresh line and is kept', () => {
    const disk = fillingDisk({ partial: 17, truncateFails: true });
    const { dir, log } = logIn(disk.fake);
    const first = answerEvent({ at: JAN });
    log.append(first);
    disk.fill();
    expect(() => log.append(answerEvent({ at: JAN + 1 }))).toThrow(/ENOSPC/);
    disk.free();
    const next = answerEvent({ at: JAN + 2 });
    log.append(next);
    const read = new AnswerLog(dir).readAll();
    expect(read.events).toEqual([first, next]);
    expect(read.newDamage).toBe(1); // the 17-byte fragment, reported once
  });

  it('a new instance also starts on a fresh line when the file ends mid-line', () => {
    const { dir, log, file } = logIn();
    const first = answerEvent({ at: JAN });
    log.append(first);
    log.close();
    fs.appendFileSync(file, '{"v":2,"id":"tor');
    const next = answerEvent({ at: JAN + 1 });
    new AnswerLog(dir).append(next); // appended before anyone read the file
    expect(new AnswerLog(dir).readAll().events).toEqual([first, next]);
  });

  it('sets a torn tail aside by bytes, even after invalid UTF-8 earlier in the file', () => {
    const { dir, file } = logIn();
    const good = answerEvent({ at: JAN });
    const invalid = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]); // bad bytes on a line of their own
    const torn = Buffer.from('{"v":2,"id":"abc","kind":"ans');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(good) + '\n'), invalid, torn]));
    const keep = fs.statSync(file).size - torn.length;

    const log = new AnswerLog(dir);
    const read = log.readAll();
    expect(read.events).toEqual([good]);
    expect(read.newDamage).toBe(2); // the invalid line and the torn tail
    expect(fs.statSync(file).size).toBe(keep);
    expect(fs.readFileSync(`${file}.torn-${keep}.txt`)).toEqual(torn);
    expect(fs.readFileSync(file).includes(0)).toBe(false); // no NUL padding

    const next = answerEvent({ at: JAN + 1 });
    log.append(next);
    const again = new AnswerLog(dir).readAll();
    expect(again.events).toEqual([good, next]);
    expect(again.newDamage).toBe(0); // told once, not at every launch
  });

  it('reports damaged lines once, keeps the good ones, ignores blank lines', () => {
    const { dir, file } = logIn();
    const good = answerEvent({ at: JAN });
    const lines = [JSON.stringify(good), 'not json', '', '   ', JSON.stringify({ ...good, id: 'x', correct: 'yes' }), '[]'];
    fs.writeFileSync(file, lines.join('\n') + '\n');
    expect(new AnswerLog(dir).readAll()).toMatchObject({ events: [good], newDamage: 3 });
    expect(new AnswerLog(dir).readAll()).toMatchObject({ events: [good], newDamage: 0 });
    fs.appendFileSync(file, 'more garbage\n');
    expect(new AnswerLog(dir).readAll()).toMatchObject({ newDamage: 1 });
  });

  it('reads v1 lines, and leaves lines from a newer version alone without calling them damage', () => {
    const { dir, file } = logIn();
    const v1 = { questionId: 'con-0001', bankId: 'constitution', correct: true, at: JAN };
    fs.writeFileSync(file, [JSON.stringify(v1), JSON.stringify({ v: 3, kind: 'undo', id: 'z' })].join('\n') + '\n');
    const read = new AnswerLog(dir).readAll();
    expect(read.events).toEqual([{ v: 1, kind: 'answer', id: `v1:${JAN}:constitution:con-0001`, ...v1 }]);
    expect(read).toMatchObject({ newer: 1, newDamage: 0 });
  });

  it('reports a segment it cannot read and still reads the others', () => {
    const { dir, log } = logIn();
    const feb = answerEvent({ at: FEB });
    log.append(feb);
    fs.mkdirSync(path.join(dir, SEG));
    expect(new AnswerLog(dir).readAll()).toEqual({ events: [feb], newDamage: 0, unreadable: [path.join(dir, SEG)], newer: 0 });
  });

  it('ignores files that are not month segments', () => {
    const { dir } = logIn();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'garbage\n');
    fs.writeFileSync(path.join(dir, 'attempts-2026-1.jsonl'), 'garbage\n');
    fs.writeFileSync(path.join(dir, `${SEG}.torn-5.txt`), 'garbage');
    expect(new AnswerLog(dir).readAll()).toEqual({ events: [], newDamage: 0, unreadable: [], newer: 0 });
  });

  it('fails plainly in a folder it cannot write, and writes nothing', () => {
    const { dir, log } = logIn();
    const denied: LogFs = { ...fs, openSync: vi.fn(() => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); }) as unknown as LogFs['openSync'] };
    const ro = new AnswerLog(dir, denied);
    expect(() => ro.append(answerEvent({ at: JAN }))).toThrow(/EACCES/);
    expect(log.readAll().events).toEqual([]);
  });
});
