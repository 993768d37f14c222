// Generates question-banks/statutes/<law-id>.json from the official texts in ../shared/laws.
// usage: npm run statutes [-- --laws DIR --out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { buildStatute, statuteFileText, statuteSources } from '@host/library/statute-files';

const root = path.resolve(import.meta.dirname, '..');
const opt = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback);
};
const lawsDir = opt('--laws', path.resolve(root, '../shared/laws'));
const outDir = opt('--out', path.join(root, 'question-banks', 'statutes'));

fs.mkdirSync(outDir, { recursive: true });
for (const { id, file } of statuteSources(lawsDir)) {
  const statute = buildStatute(id, file);
  fs.writeFileSync(path.join(outDir, `${id}.json`), statuteFileText(statute));
  console.log(`${id}: ${statute.articles.length} articles`);
}
