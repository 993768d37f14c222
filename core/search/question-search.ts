import { findAll, fold, foldQuery, snippetAround, type Snippet } from '../law/search-text';
import type { Citation } from '../bank/schema';
import type { PracticeItem } from '../practice/items';

/** Where in a question a query was found. */
export type MatchField = 'stem' | 'option' | 'explanation' | 'basis' | 'material';

interface FieldText {
  field: MatchField;
  /** Which option or citation (0-based); 0 for the others. */
  index: number;
  text: string;
}

/** Everything a learner reads of a question, in the order it is shown: case material, stem, options, explanation, quoted articles. */
export function questionFields(item: PracticeItem): FieldText[] {
  const q = item.question;
  const fields: FieldText[] = [];
  if (item.caseSet) fields.push({ field: 'material', index: 0, text: item.caseSet.material });
  fields.push({ field: 'stem', index: 0, text: q.stem });
  if (q.type !== 'judge') q.options.forEach((text, index) => fields.push({ field: 'option', index, text }));
  fields.push({ field: 'explanation', index: 0, text: q.explanation });
  q.basis.forEach((c, index) => fields.push({ field: 'basis', index, text: c.quote }));
  return fields;
}

// Folded text can never hold it (the query loses it too, see foldSearch): a match cannot run across two fields or questions.
const SEPARATOR = '\u0001';

/** A bank's questions folded into one string, so one indexOf scans them all. */
interface BankText {
  text: string;
  /** Where question i starts in `text`. */
  starts: number[];
}

// Built on a bank's first search and kept as long as its items are (banks are loaded once per launch).
const bankTexts = new WeakMap<readonly PracticeItem[], BankText>();

function bankText(items: readonly PracticeItem[]): BankText {
  let built = bankTexts.get(items);
  if (!built) {
    const parts: string[] = [];
    const starts: number[] = [];
    let at = 0;
    for (const item of items) {
      starts.push(at);
      const text = questionFields(item)
        .map((f) => fold(f.text).text)
        .join(SEPARATOR);
      parts.push(text);
      at += text.length + SEPARATOR.length;
    }
    built = { text: parts.join(SEPARATOR), starts };
    bankTexts.set(items, built);
  }
  return built;
}

/** A query as the search compares it: folded like the text, control characters dropped. */
export function foldSearch(query: string): string {
  return foldQuery(query).replace(/[\u0000-\u001f]/gu, ''); // eslint-disable-line no-control-regex -- dropping them is the point
}

/** Positions (in bank order) of the questions whose text contains `folded`, a query already folded. */
export function matchingPositions(items: readonly PracticeItem[], folded: string): number[] {
  const out: number[] = [];
  if (!folded) return out;
  const { text, starts } = bankText(items);
  let i = 0;
  for (let at = text.indexOf(folded); at >= 0; ) {
    // The question holding `at`: the last start at or before it (starts only grow, and so does `at`).
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    out.push(i);
    if (i + 1 >= starts.length) break;
    at = text.indexOf(folded, starts[i + 1]!);
  }
  return out;
}

/** One field of a question that holds the query, with the matches marked. */
export interface FieldHit {
  field: MatchField;
  index: number;
  snippet: Snippet;
  /** Occurrences in the field. */
  count: number;
}

export interface QuestionHit {
  bankId: string;
  /** Its place in the bank, as a bank session walks it (0-based). */
  position: number;
  item: PracticeItem;
  fields: FieldHit[];
  /** The article the question rests on: the matched quote's, else the first it cites. */
  citation: Citation;
}

export interface SearchSource {
  bankId: string;
  items: readonly PracticeItem[];
}

export interface QuestionSearch {
  /** Questions holding the query in all. */
  total: number;
  /** The first `limit` of them, banks in the order given, each in bank order. */
  hits: QuestionHit[];
}

export const DEFAULT_LIMIT = 200;

/** Every question of `sources` (or of one bank) whose stem, options, explanation, material or quoted articles contain `query`. */
export function searchQuestions(sources: readonly SearchSource[], query: string, opts: { bankId?: string; limit?: number } = {}): QuestionSearch {
  const folded = foldSearch(query);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const hits: QuestionHit[] = [];
  let total = 0;
  for (const source of sources) {
    if (opts.bankId !== undefined && source.bankId !== opts.bankId) continue;
    const positions = matchingPositions(source.items, folded);
    total += positions.length;
    for (const position of positions) {
      if (hits.length >= limit) break;
      hits.push(describeHit(source.bankId, position, source.items[position]!, folded));
    }
  }
  return { total, hits };
}

function describeHit(bankId: string, position: number, item: PracticeItem, folded: string): QuestionHit {
  const fields: FieldHit[] = [];
  for (const f of questionFields(item)) {
    const ranges = findAll(fold(f.text), folded);
    if (ranges.length > 0) fields.push({ field: f.field, index: f.index, snippet: snippetAround(f.text, ranges, 24, 80), count: ranges.length });
  }
  const basis = item.question.basis;
  const quoted = fields.find((f) => f.field === 'basis');
  return { bankId, position, item, fields, citation: basis[quoted?.index ?? 0]! };
}
