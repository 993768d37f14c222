import type { z } from 'zod';

/** A domain's handlers: one per channel of its argument schemas, typed from them. */
export type DomainHandlers<S extends Record<string, z.ZodType>, R extends { [C in keyof S]: unknown }> = {
  [C in keyof S]: (arg: z.infer<S[C]>) => Promise<R[C]>;
};
