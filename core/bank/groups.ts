/**
 * Where the start screen lists a bank, in this order: the foundation laws, the laws of
 * enforcement procedure, remedies and supervision; banks without a group (a trainer's
 * pack) go under "other". Free of zod so the renderer can import it.
 */
export const BANK_GROUPS = ['foundation', 'procedure', 'remedy', 'other'] as const;
export type BankGroup = (typeof BANK_GROUPS)[number];
