import { z } from 'zod';

/**
 * The current random round of each place (all banks, a bank, a chapter): its seed and its
 * question order, fixed when the round started. The order is computed from the progress at
 * that moment (core/practice/random-order.ts); keeping it here means answering during the
 * round, or a restart, does not reshuffle what is left.
 */
export const roundSchema = z
  .object({
    seed: z.number().int().nonnegative().max(0xffffffff),
    ids: z.array(z.string().min(1).max(200)),
    startedAt: z.number().int().nonnegative(),
  })
  .strict();
export type Round = z.infer<typeof roundSchema>;

export const roundsFileSchema = z.object({ rounds: z.record(z.string(), roundSchema) });
export type RoundsFile = z.infer<typeof roundsFileSchema>;

/** rounds.json, beside settings.json and progress.json. */
export const ROUNDS_STORE = { configName: 'rounds', defaults: { rounds: {} } satisfies RoundsFile, schema: roundsFileSchema } as const;
