import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '@core/law/article-label';
import { statuteSchema, type Statute } from '@core/law/statute-schema';
import { buildStatute, statuteFileText, statuteSources } from './statute-files';
import { SYLLABUS_LAWS } from '../test-support/syllabus';

const root = path.resolve(import.meta.dirname, '../..');
const lawsDir = path.resolve(root, '../shared/laws');
const bundledDir = path.join(root, 'question-banks', 'statutes');
const LAW_IDS = SYLLABUS_LAWS;

const bundled = (id: string): Statute => statuteSchema.parse(JSON.parse(fs.readFileSync(path.join(bundledDir, `${id}.json`), 'utf8')));

/**
 * The official articles read straight from the .md, independently of parse-statute: a line
 * starting 第X条 and every non-empty line after it up to the next article or heading; the
 * lines under “## 序言” up to the next heading are the preamble.
 */
function officialArticles(markdown: string): Map<string, string> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/\u200b/g, '').trim();
    if (raw.startsWith('#')) {
      current = raw.replace(/^#+\s*/, '') === '序言' ? [] : undefined;
      if (current) out.set('序言', current);
      continue;
    }
    const m = /^(第[零〇一二两三四五六七八九十百千]+条) (.*)$/.exec(line);
    if (m) out.set(m[1]!, (current = [m[2]!]));
    else if (line && current) current.push(line);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\n')]));
}

describe('bundled statutes', () => {
  it('are generated from ../shared/laws, which must be there', () => {
    expect(fs.existsSync(lawsDir), `statute texts expected at ${lawsDir}`).toBe(true);
    expect(statuteSources(lawsDir).map((s) => s.id)).toEqual(LAW_IDS);
    expect(fs.readdirSync(bundledDir).sort()).toEqual(LAW_IDS.map((id) => `${id}.json`));
  });

  it.each(LAW_IDS)('%s: the bundled JSON is exactly what npm run statutes makes', (id) => {
    const regenerated = buildStatute(id, path.join(lawsDir, `${id}.md`));
    expect(statuteSchema.parse(regenerated)).toEqual(regenerated);
    expect(fs.readFileSync(path.join(bundledDir, `${id}.json`), 'utf8')).toBe(statuteFileText(regenerated));
  });

  it.each(LAW_IDS)('%s: every article’s paragraphs give back the official text word for word', (id) => {
    const official = officialArticles(fs.readFileSync(path.join(lawsDir, `${id}.md`), 'utf8'));
    const statute = bundled(id);
    expect(statute.articles.map((a) => a.label)).toEqual([...official.keys()]);
    for (const a of statute.articles) expect({ label: a.label, text: a.paragraphs.join('\n') }).toEqual({ label: a.label, text: official.get(a.label) });
    // Numbered 1…N in order, each number the one its label spells.
    const numbered = statute.articles.filter((a) => a.number !== 'preamble');
    expect(numbered.map((a) => a.number)).toEqual(numbered.map((_, i) => i + 1));
    for (const a of numbered) expect(a.label).toBe(`第${chineseNumeral(a.number as number)}条`);
  });

  it('carry titles, editions and the structure of books, chapters and sections', () => {
    const cc = bundled('civil-code');
    expect(cc.title).toBe('中华人民共和国民法典');
    expect(cc.edition).toEqual(['2020年5月28日 第十三届全国人民代表大会第三次会议通过', '2021年1月1日 施行']);
    expect(cc.structure.map((p) => [p.title, p.articles])).toEqual([
      ['总则', [1, 204]],
      ['物权编', [205, 462]],
      ['合同编', [463, 988]],
      ['人格权编', [989, 1039]],
      ['婚姻家庭编', [1040, 1118]],
      ['继承编', [1119, 1163]],
      ['侵权责任编', [1164, 1258]],
      ['附则', [1259, 1260]],
    ]);
    const guardianship = cc.articles.find((a) => a.number === 26)!;
    expect(guardianship.path).toEqual(['总则', '第二章 自然人', '第二节 监护']);
    const security = cc.structure[1]!.children[3]!;
    expect([security.kind, security.title]).toEqual(['subpart', '第四分编 担保物权']);
    const mortgage = security.children[1]!;
    expect([mortgage.kind, mortgage.title, mortgage.children.map((s) => s.title)]).toEqual(['chapter', '第十七章 抵押权', ['第一节 一般抵押权', '第二节 最高额抵押权']]);

    const con = bundled('constitution');
    expect(con.structure[0]).toEqual({ kind: 'preamble', title: '序言', articles: ['preamble', 'preamble'], children: [] });
    expect(con.articles[0]).toMatchObject({ number: 'preamble', label: '序言', path: ['序言'] });
    expect(con.articles).toHaveLength(144);
    expect(bundled('administrative-reconsideration-law').structure[0]!.title).toBe('第一章 总则');
  });
});
