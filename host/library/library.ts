import fs from 'node:fs';
import path from 'node:path';
import { statuteSchema, type Statute } from '@core/law/statute-schema';
import { fold, type Folded } from '@core/law/search-text';

export interface LibraryProblem {
  file: string;
  detail: string;
}

/** One article's paragraphs folded for search, built the first time anyone searches. */
export interface IndexedArticle {
  lawId: string;
  articleIndex: number;
  paragraphs: Folded[];
}

/**
 * The bundled statutes (question-banks/statutes). Nothing is read at start-up: the files
 * (~1 MB) are read and validated on the first library call, the search index on the first
 * search, so opening the app costs nothing for a learner who never opens the library.
 */
export class Library {
  private loaded: { laws: Statute[]; problems: LibraryProblem[] } | undefined;
  private index: IndexedArticle[] | undefined;

  constructor(readonly dir: string) {}

  private load() {
    if (this.loaded) return this.loaded;
    const laws: Statute[] = [];
    const problems: LibraryProblem[] = [];
    const files = fs.existsSync(this.dir) ? fs.readdirSync(this.dir).filter((f) => f.endsWith('.json')).sort() : [];
    for (const file of files) {
      try {
        const parsed = statuteSchema.safeParse(JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')));
        if (parsed.success) laws.push(parsed.data);
        else problems.push({ file, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      } catch (e) {
        problems.push({ file, detail: (e as Error).message });
      }
    }
    // The constitution, the fundamental law, heads the list; the rest follow by title in pinyin order.
    const rank = (s: Statute) => (s.id === 'constitution' ? 0 : 1);
    laws.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'zh-CN'));
    this.loaded = { laws, problems };
    return this.loaded;
  }

  laws(): Statute[] {
    return this.load().laws;
  }

  problems(): LibraryProblem[] {
    return this.load().problems;
  }

  law(id: string): Statute | undefined {
    return this.laws().find((l) => l.id === id);
  }

  searchIndex(): IndexedArticle[] {
    this.index ??= this.laws().flatMap((law) =>
      law.articles.map((a, articleIndex) => ({ lawId: law.id, articleIndex, paragraphs: a.paragraphs.map(fold) })),
    );
    return this.index;
  }
}
