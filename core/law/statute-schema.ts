import { z } from 'zod';

/** The on-disk format tag of a bundled statute (question-banks/statutes/<law-id>.json). */
export const STATUTE_FORMAT = 'lawdrill-statute/1';

const text = z.string().regex(/\S/, 'must not be empty');
export const articleKeySchema = z.union([z.number().int().positive(), z.literal('preamble')]);
export type ArticleKey = z.infer<typeof articleKeySchema>;

/**
 * A heading of the statute: 编 (part), 分编 (subpart), 章, 节, or the constitution's 序言.
 * `articles` is the first and last article under it (articles are numbered throughout).
 */
export const statuteHeadingSchema = z.object({
  kind: z.enum(['part', 'subpart', 'chapter', 'section', 'preamble']),
  title: text,
  articles: z.tuple([articleKeySchema, articleKeySchema]),
  get children() {
    return z.array(statuteHeadingSchema);
  },
});
export type StatuteHeading = z.infer<typeof statuteHeadingSchema>;

export const statuteArticleSchema = z.object({
  number: articleKeySchema,
  /** 第十五条, or 序言. */
  label: text,
  /** The article's 款 (and 项 lines) in order, each exactly as the official text has it. */
  paragraphs: z.array(text).min(1),
  /** Titles of the headings it stands under, outermost first. */
  path: z.array(text),
});

// Deliberately no `basis`, `stem` or `answer` keys anywhere: the shared citation and bank
// tools scan question-banks/ recursively and count any object with them as a question.
export const statuteSchema = z.object({
  format: z.literal(STATUTE_FORMAT),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: text,
  /** The lines under the title: adoption, amendments, entry into force. */
  edition: z.array(text),
  structure: z.array(statuteHeadingSchema),
  articles: z.array(statuteArticleSchema).min(1),
});

export type StatuteArticle = z.infer<typeof statuteArticleSchema>;
export type Statute = z.infer<typeof statuteSchema>;
