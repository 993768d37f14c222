import { STATUTE_FORMAT, type ArticleKey, type Statute, type StatuteArticle, type StatuteHeading } from './statute-schema';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ARTICLE = /^(第([零〇一二两三四五六七八九十百千]+)条)(?:\s+(.*))?$/;
const HEADING = /^(#+)\s*(.*)$/;
const CJK = '\\p{Script=Han}';

/** 十五 → 15, 一百零五 → 105, 一千二百六十 → 1260 (the numerals statutes number articles with). */
export function parseChineseNumeral(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) {
      total += (digit || 1) * UNIT[ch]!;
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

/** Whitespace, including the ideographic space and the zero-width ones the source texts carry. */
const clean = (line: string) => line.replace(/\u200b|\u200c|\u200d|\ufeff/g, '').trim();

/**
 * Heading titles are typeset with padding (“第二节  监  护”, “准 合 同”): one space after the
 * number, none inside a Chinese name, so titles read and compare the same everywhere.
 */
export function headingTitle(raw: string): string {
  const spaced = clean(raw).replace(/\s+/g, ' ');
  const m = /^(第\S+?(?:分编|编|章|节)) (.*)$/u.exec(spaced);
  const squeeze = (s: string) => s.replace(new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu'), '');
  return m ? `${m[1]} ${squeeze(m[2]!)}` : squeeze(spaced);
}

function headingKind(title: string, level: number): StatuteHeading['kind'] {
  if (title === '序言') return 'preamble';
  if (/^第\S+分编/.test(title)) return 'subpart';
  if (/^第\S+编/.test(title) || level === 1) return 'part';
  if (/^第\S+章/.test(title)) return 'chapter';
  if (/^第\S+节/.test(title)) return 'section';
  throw new Error(`heading of unknown kind: ${title}`);
}

/** A heading while parsing: its article range grows as its articles are read. */
type Draft = { kind: StatuteHeading['kind']; title: string; articles?: [ArticleKey, ArticleKey]; children: Draft[] };
type Open = { level: number; node: Draft };

/**
 * Parses one statute text (../shared/laws/<id>.md): `#` headings for 编/章/节, each article
 * a line starting 第X条, the lines after it further 款 of it, the constitution's 序言 as the
 * article "preamble". Lines outside any article (under the title, and under each civil-code
 * book) are the edition notes: adoption, amendments, entry into force.
 */
export function parseStatute(id: string, markdown: string): Statute {
  let title: string | undefined;
  const edition: string[] = [];
  const structure: Draft[] = [];
  const articles: StatuteArticle[] = [];
  const stack: Open[] = [];
  let current: StatuteArticle | undefined;
  let preamble: StatuteArticle | undefined;

  const addArticle = (a: StatuteArticle) => {
    articles.push(a);
    for (const { node } of stack) node.articles = [node.articles?.[0] ?? a.number, a.number];
  };

  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      current = undefined;
      preamble = undefined;
      const text = headingTitle(heading[2]!);
      const level = heading[1]!.length;
      // An empty heading closes the article above; the civil code repeats its title before each book.
      if (!text || (level === 1 && (title === undefined || text === title))) {
        title ??= text;
        continue;
      }
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const node: Draft = { kind: headingKind(text, level), title: text, children: [] };
      (stack.length ? stack[stack.length - 1]!.node.children : structure).push(node);
      stack.push({ level, node });
      if (node.kind === 'preamble') {
        preamble = { number: 'preamble', label: '序言', paragraphs: [], path: stack.map((s) => s.node.title) };
        addArticle(preamble);
      }
      continue;
    }
    const text = clean(line);
    if (!text) continue;
    const article = ARTICLE.exec(text);
    if (article) {
      const number = parseChineseNumeral(article[2]!);
      current = { number, label: article[1]!, paragraphs: article[3] ? [article[3]] : [], path: stack.map((s) => s.node.title) };
      preamble = undefined;
      addArticle(current);
    } else if (current) current.paragraphs.push(text);
    else if (preamble) preamble.paragraphs.push(text);
    // The civil code repeats its adoption notes under every book: keep them once.
    else if (!edition.includes(text)) edition.push(text);
  }
  if (title === undefined) throw new Error(`${id}: no title`);
  const finish = (n: Draft): StatuteHeading => {
    if (!n.articles) throw new Error(`${id}: heading without articles: ${n.title}`);
    return { kind: n.kind, title: n.title, articles: n.articles, children: n.children.map(finish) };
  };
  for (const a of articles) if (a.paragraphs.length === 0) throw new Error(`${id}: ${a.label} has no text`);
  return { format: STATUTE_FORMAT, id, title, edition, structure: structure.map(finish), articles };
}
