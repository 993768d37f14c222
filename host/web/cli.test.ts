import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '../../renderer/src/i18n/locales/zh-CN.json';
import { tempDir } from '../test-support/temp';

const cli = path.resolve(import.meta.dirname, 'cli.ts');

describe('npm run web with a data folder it cannot use', () => {
  it('says so in the user’s language and exits with an error, touching nothing', () => {
    const parent = tempDir();
    const notAFolder = path.join(parent, 'data');
    fs.writeFileSync(notAFolder, 'a file where the data folder should be');
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, '--data', path.join(notAFolder, 'inner'), '--port', '0', '--lang', 'zh-CN'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(zh.startup.title);
    expect(run.stderr).toContain(path.join(notAFolder, 'inner'));
    expect(fs.readdirSync(parent)).toEqual(['data']);
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('a file where the data folder should be');
  });
});
