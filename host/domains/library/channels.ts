export const LIBRARY_CHANNELS = ['library.list', 'library.law', 'library.search'] as const;
