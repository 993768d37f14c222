import nodeFs from 'node:fs';
import path from 'node:path';
import { readStoredEvent, type AnswerEvent, type HistoryEvent, type UndoEvent } from '@core/history/event';

const SEGMENT = /^attempts-(\d{4})-(\d{2})\.jsonl$/;
const NEWLINE = 0x0a;
const REPORTED = 'reported-damage.json';
/** Bytes read at a time at start-up. */
const BLOCK = 1 << 20;

/** The parts of node:fs the log uses; tests hand in one that fails (a full disk) on purpose. */
export type LogFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'closeSync'
  | 'writeSync'
  | 'readSync'
  | 'fstatSync'
  | 'fdatasyncSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'readFileSync'
  | 'writeFileSync'
  | 'renameSync'
  | 'readdirSync'
  | 'mkdirSync'
  | 'truncateSync'
>;

export interface HistoryScan {
  /** Damaged lines not reported before (each damage is told once, at the launch that finds it). */
  newDamage: number;
  /** Segment files that could not be read at all. */
  unreadable: string[];
  /** Lines written by a newer LawDrill: kept untouched, not counted. */
  newer: number;
}

export interface HistoryRead extends HistoryScan {
  events: HistoryEvent[];
}

interface OpenSegment {
  name: string;
  fd: number;
  size: number;
  /** False when the file does not end with a newline (a failed write we could not undo). */
  clean: boolean;
}

/**
 * The answer history: append-only JSON lines, one file per UTC month.
 *
 * An answer counts as saved only when `append` returns, and by then its line is on disk
 * (fdatasync). A write that fails part-way (disk full) is undone by cutting the file back
 * to its previous length, so the next answer can never be glued onto a fragment; if even
 * that fails, the next answer starts on a fresh line. Each event id is written once, so a
 * retried request records nothing twice.
 */
export class AnswerLog {
  private readonly ids = new Set<string>();
  private segment: OpenSegment | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: LogFs = nodeFs,
  ) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      // A read-only data folder: nothing to read yet, and every append will say it failed.
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Every answer in the history, in file order, each id once (tests and small tools). */
  readAll(): HistoryRead {
    const events: HistoryEvent[] = [];
    return { events, ...this.scan((e) => events.push(e)) };
  }

  /**
   * Hands every answer to `visit`, in file order, each id once, without keeping them: start-up
   * folds 200,000 answers straight into progress instead of holding them all in memory.
   * Undo events go to `onUndo` (they come after the answer they take back; see
   * host/store/study-history.ts for the folds that skip undone answers).
   */
  scan(visit: (e: HistoryEvent) => void, onUndo?: (u: UndoEvent) => void): HistoryScan {
    const out: HistoryScan = { newDamage: 0, unreadable: [], newer: 0 };
    const damage: string[] = [];
    let names: string[];
    try {
      names = this.fs.readdirSync(this.dir).filter((n) => SEGMENT.test(n)).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out; // no history yet
      throw e;
    }
    for (const name of names) {
      const file = path.join(this.dir, name);
      let n = 0; // lines are numbered in the file: append-only, so a number names one line forever
      const line = (text: string) => {
        const at = n++;
        if (!text.trim()) return;
        const event = readStoredEvent(safeJson(text));
        if (event === 'newer') out.newer++;
        else if (event === null) damage.push(`${name}#${at}`);
        else if (!this.ids.has(event.id)) {
          this.ids.add(event.id);
          if (event.kind === 'undo') onUndo?.(event);
          else visit(event);
        }
      };
      try {
        const torn = this.readLines(file, line);
        if (torn !== null) damage.push(`${name}@${torn}:torn`);
      } catch {
        out.unreadable.push(file);
      }
    }
    out.newDamage = this.rememberDamage(damage);
    return out;
  }

  /** Writes one answer (or undo) durably. Returns 'duplicate' (and writes nothing) for an id already recorded. */
  append(e: AnswerEvent | UndoEvent): 'written' | 'duplicate' {
    if (this.ids.has(e.id)) return 'duplicate';
    const seg = this.open(segmentName(e.at));
    const line = Buffer.from(`${seg.clean ? '' : '\n'}${JSON.stringify(e)}\n`);
    try {
      for (let done = 0; done < line.length; ) done += this.fs.writeSync(seg.fd, line, done, line.length - done);
      this.fs.fdatasyncSync(seg.fd);
    } catch (error) {
      this.undo(seg);
      throw error;
    }
    seg.size += line.length;
    seg.clean = true;
    this.ids.add(e.id);
    return 'written';
  }

  close(): void {
    if (this.segment) this.fs.closeSync(this.segment.fd);
    this.segment = null;
  }

  private open(name: string): OpenSegment {
    if (this.segment?.name === name) return this.segment;
    this.close();
    const file = path.join(this.dir, name);
    const fd = this.fs.openSync(file, 'a+');
    const size = this.fs.fstatSync(fd).size;
    let clean = true;
    if (size > 0) {
      const last = Buffer.alloc(1);
      this.fs.readSync(fd, last, 0, 1, size - 1);
      clean = last[0] === NEWLINE;
    } else this.syncDir(); // a new file: make its directory entry durable too
    this.segment = { name, fd, size, clean };
    return this.segment;
  }

  /** Puts the file back to its length before the failed write; failing that, marks it unclean. */
  private undo(seg: OpenSegment): void {
    try {
      this.fs.ftruncateSync(seg.fd, seg.size);
      this.fs.fdatasyncSync(seg.fd);
    } catch {
      seg.clean = false;
      this.close();
      return;
    }
  }

  private syncDir(): void {
    try {
      const fd = this.fs.openSync(this.dir, 'r');
      try {
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
    } catch {
      // Windows cannot open a folder for syncing; NTFS journals the entry itself.
    }
  }

  /**
   * Reads a segment block by block and hands over its lines, so a long history never sits in
   * memory whole (a 57 MB month of answers costs a block, not 57 MB and its copies). Returns
   * the kept length when a torn tail was set aside, else null.
   */
  private readLines(file: string, line: (text: string) => void): number | null {
    const fd = this.fs.openSync(file, 'r');
    let size: number;
    try {
      size = this.fs.fstatSync(fd).size;
      const last = Buffer.alloc(1);
      if (size > 0 && (this.fs.readSync(fd, last, 0, 1, size - 1), last[0] !== NEWLINE)) {
        // Rare (a kill or power cut mid-append): read it whole, set the fragment aside, cut it.
        const kept = this.setAsideTornTail(file, this.fs.readFileSync(file));
        const all = lines(kept);
        all.pop();
        for (const text of all) line(text);
        return kept.length;
      }
      const block = Buffer.alloc(BLOCK);
      let carry = Buffer.alloc(0);
      for (let pos = 0; pos < size; ) {
        const got = this.fs.readSync(fd, block, 0, Math.min(BLOCK, size - pos), pos);
        if (got <= 0) break;
        pos += got;
        const chunk = carry.length ? Buffer.concat([carry, block.subarray(0, got)]) : block.subarray(0, got);
        const end = chunk.lastIndexOf(NEWLINE) + 1;
        const whole = lines(chunk.subarray(0, end));
        whole.pop(); // the empty piece after the block's last newline
        for (const text of whole) line(text);
        carry = Buffer.from(chunk.subarray(end));
      }
    } finally {
      this.fs.closeSync(fd);
    }
    return null;
  }

  /**
   * A last line without its newline was cut off mid-append (power cut, kill). Its bytes are
   * copied to a side file first and only then cut from the segment, so the next append
   * starts a clean line. Works on bytes: the text may hold invalid UTF-8.
   */
  private setAsideTornTail(file: string, bytes: Buffer): Buffer {
    const keep = bytes.lastIndexOf(NEWLINE) + 1;
    this.fs.writeFileSync(`${file}.torn-${keep}.txt`, bytes.subarray(keep));
    this.fs.truncateSync(file, keep);
    return bytes.subarray(0, keep);
  }

  /** Counts damage not seen at an earlier launch and remembers it, so a notice is shown once. */
  private rememberDamage(found: string[]): number {
    if (found.length === 0) return 0;
    const file = path.join(this.dir, REPORTED);
    let known: string[] = [];
    try {
      const saved: unknown = JSON.parse(this.fs.readFileSync(file, 'utf8'));
      if (Array.isArray(saved)) known = saved.filter((s): s is string => typeof s === 'string');
    } catch {
      // none yet, or unreadable: report everything found
    }
    const seen = new Set(known);
    const fresh = found.filter((d) => !seen.has(d));
    if (fresh.length > 0) {
      try {
        this.fs.writeFileSync(`${file}.tmp`, JSON.stringify([...known, ...fresh]));
        this.fs.renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only folder: the notice may come again next time, which is the safe side.
      }
    }
    return fresh.length;
  }
}

function segmentName(at: number): string {
  const d = new Date(at);
  return `attempts-${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}.jsonl`;
}

/**
 * The lines of a segment. One decode of the whole file when it is valid UTF-8 (the usual
 * case, and much faster than decoding line by line); line by line, in bytes, when it is not,
 * so one bad byte sequence cannot shift the lines after it.
 */
function lines(bytes: Buffer): string[] {
  try {
    return strictUtf8.decode(bytes).split('\n');
  } catch {
    // The same pieces as split('\n') would give, the last one after the final newline included.
    const out: string[] = [];
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      out.push(bytes.toString('utf8', start, end));
      start = end + 1;
    }
    out.push(bytes.toString('utf8', start));
    return out;
  }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
