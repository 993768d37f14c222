export const SETTINGS_CHANNELS = ['settings.update'] as const;
