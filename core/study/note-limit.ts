/** The longest note a learner may keep on a question. Free of zod so the renderer can use it. */
export const NOTE_MAX = 2000;
