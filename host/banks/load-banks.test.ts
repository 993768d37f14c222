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
      expect.objectContaining({ code: 'bank.duplicate-question-id', file: 'c-clash.json', clashes: ['alpha-judge'], detail: expect.stringContaining('a-alpha.json') }),
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

  it('keeps the first of two banks with the same id when neither is named after it', () => {
    const dir = tempDir();
    writeBank(dir, '1.json', smallBank('same'));
    writeBank(dir, '2.json', { ...smallBank('other'), id: 'same' });
    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => b.file)).toEqual(['1.json']);
    expect(problems).toEqual([expect.objectContaining({ code: 'bank.duplicate-bank-id', file: '2.json', field: 'id' })]);
  });

  it('an impostor that sorts first cannot take the id of a bundled bank: the bundled file wins', () => {
    const dir = tempDir();
    writeBank(dir, 'constitution.json', smallBank('constitution'));
    fs.writeFileSync(path.join(dir, 'BUNDLED'), '# bundled\nconstitution.json\n');
    writeBank(dir, 'aaa-impostor.json', { ...smallBank('fake'), id: 'constitution' });
    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => b.file)).toEqual(['constitution.json']);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'bank.duplicate-bank-id', file: 'aaa-impostor.json', detail: expect.stringContaining('constitution.json') }),
    ]);
  });

  it('a file sharing question ids with a bundled bank is refused naming every shared id; the bundled bank stays', () => {
    const dir = tempDir();
    writeBank(dir, 'real.json', smallBank('real'));
    fs.writeFileSync(path.join(dir, 'BUNDLED'), 'real.json\n');
    const copy = { ...smallBank('real'), id: 'copy' }; // a copy under its own name and id
    writeBank(dir, 'copy.json', copy);
    const { banks, problems } = loadBanks(dir);
    expect(banks.map((b) => b.file)).toEqual(['real.json']);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'bank.duplicate-question-id',
        file: 'copy.json',
        clashes: ['real-single', 'real-multiple', 'real-judge', 'real-case-a', 'real-case-b'],
        detail: expect.stringContaining('real.json'),
      }),
    ]);
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
