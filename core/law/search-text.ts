/**
 * Text folded for substring search: NFKC (full-width digits, letters and punctuation become
 * their ordinary forms, so “（一）” and “(一)”, “２０２１” and “2021” match), lower case, and
 * no whitespace (headings are typeset with padding). Simplified Chinese only: no
 * traditional/simplified mapping. `start[i]`/`end[i]` give the original span of folded
 * character i, so a match found in the folded text is highlighted in the original.
 */
export interface Folded {
  text: string;
  start: number[];
  end: number[];
}

const WHITESPACE = /\s/u;
// Only characters that NFKC or lower-casing can change need the slow path; Han text, the
// ideographic full stop and the like pass straight through.
const MAY_CHANGE = /[^\u4e00-\u9fff\u3001-\u3002\u300a-\u300f\u201c\u201d\u2018\u2019a-z0-9]/u;

export function fold(s: string): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of s) {
    const next = i + ch.length;
    if (!MAY_CHANGE.test(ch)) {
      text += ch;
      start.push(i);
      end.push(next);
    } else if (!WHITESPACE.test(ch)) {
      const out = ch.normalize('NFKC').toLowerCase();
      for (let k = 0; k < out.length; k++) {
        start.push(i);
        end.push(next);
      }
      text += out;
    }
    i = next;
  }
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
