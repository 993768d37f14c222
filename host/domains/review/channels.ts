export const REVIEW_CHANNELS = ['review.summary'] as const;
