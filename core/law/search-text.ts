/**
 * Text folded for substring search: NFKC (full-width digits, letters and punctuation become
 * their ordinary forms, so “（一）” and “(一)”, “２０２１” and “2021” match), lower case, and
 * no whitespace (headings are typeset with padding); curly quotes become straight ones. Simplified Chinese only: no
 * traditional/simplified mapping. `start[i]`/`end[i]` give the original span of folded
 * character i, so a match found in the folded text is highlighted in the original.
 */
export interface Folded {
  text: string;
  start: number[];
  end: number[];
}

const WHITESPACE = /\s/u;
// Curly quotes, which NFKC keeps, fold to the straight ones an IME types in half-width
// mode, so “公开” and "公开" match. One character for one: the span map stays exact.
const QUOTES: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'" };

// Code units that NFKC and lower-casing leave alone: Han text, the ideographic comma and
// full stop, 《》「」『』, lower-case letters, digits and printable ASCII punctuation.
function unchanged(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x21 && c <= 0x40) ||
    (c >= 0x5b && c <= 0x7e) ||
    c === 0x3001 ||
    c === 0x3002 ||
    (c >= 0x300a && c <= 0x300f)
  );
}

/**
 * Folds code unit by code unit (a search over 20,000 questions folds the fields of every
 * result it lists, on every keystroke): runs of unchanged text are copied in one slice, the
 * full-width ASCII block (FF01–FF5E, which NFKC maps 1:1 to ASCII) is shifted by arithmetic,
 * and only the rest takes the per-character NFKC path.
 */
export function fold(s: string): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let run = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (unchanged(c)) {
      start.push(i);
      end.push(i + 1);
      i++;
      continue;
    }
    text += s.slice(run, i);
    if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      text += String.fromCharCode(a >= 0x41 && a <= 0x5a ? a + 0x20 : a);
      start.push(i);
      end.push(i + 1);
      run = ++i;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    const next = i + ch.length;
    if (!WHITESPACE.test(ch)) {
      const out = QUOTES[ch] ?? ch.normalize('NFKC').toLowerCase();
      for (let k = 0; k < out.length; k++) {
        start.push(i);
        end.push(next);
      }
      text += out;
    }
    run = i = next;
  }
  text += s.slice(run);
  return { text, start, end };
}

export const foldQuery = (q: string): string => fold(q).text;

/** Every non-overlapping occurrence of `query` (already folded) as [from, to) in the original text. */
export function findAll(folded: Folded, query: string): [number, number][] {
  const out: [number, number][] = [];
  if (!query) return out;
  for (let at = folded.text.indexOf(query); at >= 0; at = folded.text.indexOf(query, at + query.length)) {
    out.push([folded.start[at]!, folded.end[at + query.length - 1]!]);
  }
  return out;
}

export interface Snippet {
  text: string;
  /** Match spans within `text`, [from, to). */
  ranges: [number, number][];
  /** The snippet starts after / ends before the paragraph's own start / end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** A window of `text` around its first match, with every match inside the window. */
export function snippetAround(text: string, ranges: [number, number][], before = 30, after = 90): Snippet {
  const first = ranges[0] ?? [0, 0];
  const from = Math.max(0, first[0] - before);
  const to = Math.min(text.length, Math.max(first[1], first[0] + after));
  return {
    text: text.slice(from, to),
    ranges: ranges.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from]),
    cutStart: from > 0,
    cutEnd: to < text.length,
  };
}
