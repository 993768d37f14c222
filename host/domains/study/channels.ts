export const STUDY_CHANNELS = [
  'study.overview',
  'study.mistakes',
  'study.remove',
  'study.restore',
  'study.mark',
  'study.favourite',
  'study.note',
  'study.undo',
] as const;
