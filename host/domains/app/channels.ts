export const APP_CHANNELS = ['app.bootstrap', 'notices.dismiss'] as const;
