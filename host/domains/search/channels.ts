export const SEARCH_CHANNELS = ['search.questions'] as const;
