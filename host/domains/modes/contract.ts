import { z } from 'zod';
import type { QUESTION_TYPES } from '@core/scope/scope-schema';
import type { Mutation } from '../changes';
import type { MODES_CHANNELS } from './channels';

const id = z.string().min(1).max(200);

export const modesArgs = {
  /** What each practice mode offers, for one bank or (without bankId) all. */
  'modes.overview': z.object({ bankId: id.optional() }).strict(),
  /** The tags of the bank data with how many questions carry each, per bank. */
  'modes.tags': z.object({ bankId: id.optional() }).strict(),
  /** Starts a new random round at a place: a new seed, the order fixed from today's progress. */
  'modes.newRound': z.object({ bankId: id.optional(), chapterId: id.optional() }).strict(),
  /** Questions looked at in memorise mode: recorded as seen, never as answered. */
  'modes.seen': z.object({ bankId: id, questionIds: z.array(id).min(1).max(200) }).strict(),
} satisfies Record<(typeof MODES_CHANNELS)[number], z.ZodType>;

export interface TagCount {
  tag: string;
  count: number;
}

export interface ModesOverview {
  bankId?: string;
  total: number;
  types: Record<(typeof QUESTION_TYPES)[number], number>;
  difficulties: { level: 1 | 2 | 3; count: number }[];
  tags: TagCount[];
  /** The current random round here, if one was started: its seed, where the learner is, its length. */
  round?: { seed: number; position: number; total: number };
  /** How many of these questions were seen in memorise mode. */
  seen: number;
}

export interface ModesResults {
  'modes.overview': ModesOverview;
  'modes.tags': { bankId: string; tags: TagCount[] }[];
  'modes.newRound': Mutation<{ seed: number }>;
  'modes.seen': Mutation<{ seen: number }>;
}
