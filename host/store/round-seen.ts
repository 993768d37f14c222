import { z } from 'zod';

/**
 * Questions looked at in 背题 (memorise) mode: per bank, question id → when last seen.
 * Deliberately not in the answer log: seeing a key is not answering, so it can never be
 * folded into attempts, right answers or the day's tally.
 */
export const seenFileSchema = z.object({ seen: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())) });
export type SeenFile = z.infer<typeof seenFileSchema>;

/** seen.json, beside settings.json and progress.json. */
export const SEEN_STORE = { configName: 'seen', defaults: { seen: {} } satisfies SeenFile, schema: seenFileSchema } as const;
