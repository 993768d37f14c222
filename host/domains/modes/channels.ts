export const MODES_CHANNELS = ['modes.overview', 'modes.tags', 'modes.newRound', 'modes.seen'] as const;
