/**
 * The question types a 'type' scope can name: the bank's types, case sets counted as 'case'.
 * Free of zod so the renderer can use the list without carrying the schema library.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'case'] as const;
