import fs from 'node:fs';
import path from 'node:path';
import { parseStatute } from '@core/law/parse-statute';
import type { Statute } from '@core/law/statute-schema';

/** The statute texts in a laws folder (../shared/laws): every <law-id>.md but the README. */
export function statuteSources(lawsDir: string): { id: string; file: string }[] {
  return fs
    .readdirSync(lawsDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ id: f.slice(0, -3), file: path.join(lawsDir, f) }));
}

export function buildStatute(id: string, file: string): Statute {
  return parseStatute(id, fs.readFileSync(file, 'utf8'));
}

/** The bundled file's exact text, so a regenerated file and the committed one compare byte for byte. */
export function statuteFileText(statute: Statute): string {
  return `${JSON.stringify(statute, null, 1)}\n`;
}
