import { describe, expect, it } from 'vitest';
import zh from './zh-CN.json';
import en from './en.json';

type Tree = { [k: string]: string | Tree };

function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** i18next plural forms: `questions_one` / `questions_other` in English are `questions` in Chinese (one form). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (keys: Map<string, string>) => new Map([...keys].map(([k, v]) => [k.replace(PLURAL, ''), v]));

describe('locale files', () => {
  const zhKeys = base(leaves(zh));
  const enAll = leaves(en);
  const enKeys = base(enAll);

  it('have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...zhKeys.keys()].sort());
  });

  it('use the same placeholders for every key', () => {
    for (const [key, text] of zhKeys) expect({ key, p: placeholders(enKeys.get(key) ?? '') }).toEqual({ key, p: placeholders(text) });
  });

  it('give every English plural both its one and other form', () => {
    const plurals = [...enAll.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const k of new Set(plurals)) expect([enAll.has(`${k}_one`), enAll.has(`${k}_other`)]).toEqual([true, true]);
    expect(plurals.length).toBeGreaterThan(0);
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...zhKeys, ...enKeys]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});
