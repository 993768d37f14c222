import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statute } from '@core/law/statute-schema';
import type { Question } from '@core/bank/schema';
import { smallBank, writeBank } from '../../test-support/small-bank';
import { answerArg, call, hostDirs, openTestHost, type TestDirs } from '../../test-support/host';
import { MAX_MATCHES } from './handlers';

/** A two-chapter statute with the law id smallBank cites ("apl"); article 3 is what its questions cite. */
function smallStatute(articles = 4): Statute {
  const label = (n: number) => `第${n}条`;
  return {
    format: 'lawdrill-statute/1',
    id: 'apl',
    title: '中华人民共和国行政处罚法',
    edition: ['2021年1月22日 修订'],
    structure: [
      { kind: 'chapter', title: '第一章 总则', articles: [1, 2], children: [] },
      { kind: 'chapter', title: '第二章 种类', articles: [3, articles], children: [] },
    ],
    articles: Array.from({ length: articles }, (_, i) => ({
      number: i + 1,
      label: label(i + 1),
      paragraphs: i === 2 ? ['行政处罚的种类：', '（一）警告、通报批评；', '（二）罚款２０００元。'] : [`第${i + 1}条的正文，行政机关。`],
      path: [i < 2 ? '第一章 总则' : '第二章 种类'],
    })),
  };
}

function libraryDirs(statute: Statute = smallStatute()): TestDirs {
  const dirs = hostDirs();
  fs.mkdirSync(path.join(dirs.banksDir, 'statutes'));
  writeBank(path.join(dirs.banksDir, 'statutes'), `${statute.id}.json`, statute);
  return dirs;
}

describe('library.list', () => {
  it('lists each law with its edition, article count and the questions citing it', async () => {
    const host = openTestHost(libraryDirs());
    expect(await call(host, 'library.list', {})).toEqual({
      laws: [{ id: 'apl', title: '中华人民共和国行政处罚法', edition: ['2021年1月22日 修订'], articleCount: 4, questionCount: 5 }],
      problems: [],
    });
  });

  it('is empty without a statutes folder, and skips a damaged file naming it', async () => {
    expect(await call(openTestHost(hostDirs()), 'library.list', {})).toEqual({ laws: [], problems: [] });
    const dirs = libraryDirs();
    fs.writeFileSync(path.join(dirs.banksDir, 'statutes', 'broken.json'), '{"format": "lawdrill-statute/1", "id": "x"');
    const { laws, problems } = await call(openTestHost(dirs), 'library.list', {});
    expect(laws.map((l) => l.id)).toEqual(['apl']);
    expect(problems).toEqual([{ file: 'broken.json', detail: expect.any(String) }]);
  });

  it('reads no statute at start-up (the library loads on first use)', () => {
    const dirs = libraryDirs();
    fs.writeFileSync(path.join(dirs.banksDir, 'statutes', 'apl.json'), 'not json');
    expect(() => openTestHost(dirs)).not.toThrow();
  });
});

describe('library.law', () => {
  it('gives the structure and every article with the questions citing it per bank', async () => {
    const dirs = libraryDirs();
    const basis = [3, 3, 4].map((article) => ({ law: 'apl', article, quote: 'q' }));
    const extra: Question = { id: 'other-1', type: 'judge', stem: 's', explanation: 'e', answer: true, basis };
    writeBank(dirs.banksDir, 'other.json', { ...smallBank('other'), questions: [extra] });
    const law = await call(openTestHost(dirs), 'library.law', { lawId: 'apl' });
    // Six distinct questions, though the extra one cites two articles (and one of them twice).
    expect(law?.law).toMatchObject({ id: 'apl', articleCount: 4, questionCount: 6 });
    expect(law?.structure.map((c) => c.title)).toEqual(['第一章 总则', '第二章 种类']);
    expect(law?.articles.map((a) => [a.label, a.citedBy])).toEqual([
      ['第1条', []],
      ['第2条', []],
      ['第3条', [{ bankId: 'other', count: 1 }, { bankId: 'small', count: 5 }]],
      ['第4条', [{ bankId: 'other', count: 1 }]],
    ]);
    expect(law?.articles[2]?.paragraphs).toEqual(['行政处罚的种类：', '（一）警告、通报批评；', '（二）罚款２０００元。']);
    expect(law?.banks).toEqual([
      { id: 'other', title: 'Bank other' },
      { id: 'small', title: 'Bank small' },
    ]);
  });

  it('answers null for a law the library does not have', async () => {
    expect(await call(openTestHost(libraryDirs()), 'library.law', { lawId: 'nope' })).toBeNull();
  });
});

describe('library.search', () => {
  it('matches full-width text with a half-width query and marks the match in the original', async () => {
    const host = openTestHost(libraryDirs());
    const { total, matches } = await call(host, 'library.search', { query: '(二)罚款2000', lawId: 'apl' });
    expect(total).toBe(1);
    const [m] = matches;
    expect(m).toMatchObject({ lawId: 'apl', lawTitle: '中华人民共和国行政处罚法', article: 3, label: '第3条', paragraph: 2, count: 1 });
    expect(m!.snippet.ranges.map(([a, b]) => m!.snippet.text.slice(a, b))).toEqual(['（二）罚款２０００']);
  });

  it('searches all laws or one, counts every matching article and sends at most MAX_MATCHES', async () => {
    const host = openTestHost(libraryDirs(smallStatute(MAX_MATCHES + 20)));
    const all = await call(host, 'library.search', { query: '行政机关' });
    expect(all.total).toBe(MAX_MATCHES + 19);
    expect(all.matches).toHaveLength(MAX_MATCHES);
    expect(all.matches[0]).toMatchObject({ article: 1 });
    expect((await call(host, 'library.search', { query: '行政机关', lawId: 'other' })).total).toBe(0);
    expect(await call(host, 'library.search', { query: '   ' })).toEqual({ total: 0, matches: [] });
  });

  it('refuses an empty query', async () => {
    expect(await openTestHost(libraryDirs()).dispatch('library.search', { query: '' })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
  });
});

describe('practising the questions citing an article', () => {
  it('opens only those questions and keeps its own position', async () => {
    const dirs = libraryDirs();
    const bank = smallBank('small');
    const other: Question = { id: 'small-art5', type: 'judge', stem: 'Art 5?', explanation: 'e', answer: true, basis: [{ law: 'apl', article: 5, quote: 'q' }] };
    bank.questions.push(other);
    writeBank(dirs.banksDir, 'small.json', bank);
    const host = openTestHost(dirs);
    const scope = { kind: 'article' as const, bankId: 'small', law: 'apl', article: 5 };
    const opened = await call(host, 'practice.open', { scope });
    expect(opened.items.map((i) => i.id)).toEqual(['small-art5']);
    await call(host, 'practice.answer', answerArg('small-art5', { kind: 'judge', value: true }, { scope }));
    await call(host, 'practice.move', { scope, position: 1 });
    expect((await call(openTestHost(dirs), 'practice.open', { scope })).position).toBe(1);
    expect((await call(openTestHost(dirs), 'practice.open', { scope: { kind: 'bank', bankId: 'small' } })).position).toBe(0);
  });
});

describe('the bundled library', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const host = openTestHost({ ...hostDirs(), banksDir: path.join(root, 'question-banks') });

  it('has the ten laws, the constitution first, with the bundled questions counted', async () => {
    const { laws, problems } = await call(host, 'library.list', {});
    expect(problems).toEqual([]);
    expect(laws).toHaveLength(10);
    expect(laws[0]).toMatchObject({ id: 'constitution', title: '中华人民共和国宪法', articleCount: 144 });
    const count = (id: string) => laws.find((l) => l.id === id)!.questionCount;
    expect(count('constitution')).toBeGreaterThan(400);
    expect(count('administrative-penalty-law')).toBeGreaterThan(400);
  });

  it('counts, for an article, exactly the questions practising it would open', async () => {
    const law = await call(host, 'library.law', { lawId: 'administrative-penalty-law' });
    const art = law!.articles.find((a) => a.number === 9)!;
    const [own] = art.citedBy.filter((b) => b.bankId === 'administrative-penalty-law');
    const opened = await call(host, 'practice.open', { scope: { kind: 'article', bankId: 'administrative-penalty-law', law: 'administrative-penalty-law', article: 9 } });
    expect(own!.count).toBe(opened.items.length);
    expect(opened.items.length).toBeGreaterThan(0);
  });

  it('finds a phrase across laws (speed is a bench figure, not a test)', async () => {
    await call(host, 'library.search', { query: '预热' });
    const { matches } = await call(host, 'library.search', { query: '行政处罚' });
    expect(new Set(matches.map((m) => m.lawId)).size).toBeGreaterThan(3);
  });
});
