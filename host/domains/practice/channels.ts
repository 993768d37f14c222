export const PRACTICE_CHANNELS = ['practice.open', 'practice.answer', 'practice.move', 'practice.reveal'] as const;
