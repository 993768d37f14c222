export const BANK_CHANNELS = ['banks.list'] as const;
