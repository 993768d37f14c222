import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBanks } from './load-banks';
import { smallBank, writeBank } from '../test-support/small-bank';
import { tempDir } from '../test-support/temp';

describe('loadBanks', () => {
  it('loads the good banks and names every bad file', () => {
    const dir = tempDir();
    writeBank(dir, 'a-alpha.json', smallBank('alpha'));
    fs.writeFileSync(path.join(dir, 'b-broken.json'), '{ "format": "lawdrill-bank/1", ');
    // Its own ids are fine, but one question id is already alpha's.
    const clash = smallBank('gamma');
    clash.questions[2] = { ...smallBank('alpha').questions[2]! };
    writeBank(dir, 'c-clash.json', clash);
    writeBank(dir, 'd-delta.json', smallBank('delta'));
    writeBank(dir, 'e-invalid.json', { ...smallBank('eps'), title: '' });

    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => [b.file, b.bank.id])).toEqual([
      ['a-alpha.json', 'alpha'],
      ['d-delta.json', 'delta'],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'bank.not-json', file: 'b-broken.json' }),
      expect.objectContaining({ code: 'bank.duplicate-question-id', file: 'c-clash.json', questionId: 'alpha-judge', detail: expect.stringContaining('a-alpha.json') }),
      expect.objectContaining({ code: 'bank.invalid', file: 'e-invalid.json', field: 'title' }),
    ]);
  });

  it('prepares items and question ids of a loaded bank', () => {
    const dir = tempDir();
    writeBank(dir, 'alpha.json', smallBank('alpha'));
    const [loaded] = loadBanks(dir).banks;
    expect(loaded?.questionIds).toEqual(['alpha-single', 'alpha-multiple', 'alpha-judge', 'alpha-case-a', 'alpha-case-b']);
    expect(loaded?.items).toHaveLength(5);
    expect(loaded?.items[4]?.caseSet).toMatchObject({ id: 'alpha-case', index: 1, size: 2 });
  });

  it('keeps the first of two banks with the same id', () => {
    const dir = tempDir();
    writeBank(dir, '1.json', smallBank('same'));
    writeBank(dir, '2.json', { ...smallBank('other'), id: 'same' });
    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => b.file)).toEqual(['1.json']);
    expect(problems).toEqual([expect.objectContaining({ code: 'bank.duplicate-bank-id', file: '2.json', field: 'id' })]);
  });

  it('passes validator problems through with the file name', () => {
    const dir = tempDir();
    writeBank(dir, 'new.json', { ...smallBank('new'), format: 'lawdrill-bank/2' });
    expect(loadBanks(dir).problems).toEqual([expect.objectContaining({ code: 'bank.format-too-new', file: 'new.json', field: 'format' })]);
  });

  it('reports an unreadable entry and skips non-JSON names', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'folder.json'));
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'not a bank');
    writeBank(dir, 'ok.json', smallBank('ok'));
    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => b.bank.id)).toEqual(['ok']);
    expect(problems).toEqual([expect.objectContaining({ code: 'bank.unreadable', file: 'folder.json' })]);
  });

  it('answers a missing folder with no banks and no problems', () => {
    expect(loadBanks(path.join(tempDir(), 'absent'))).toEqual({ banks: [], problems: [] });
  });
});
