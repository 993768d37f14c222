import type { TFunction } from 'i18next';
import type { WrongChoice } from '@host/domains/study/contract';

/** The learner's last wrong answer in words: the option texts picked, or 正确/错误. */
export function describeWrongChoice(choice: WrongChoice, t: TFunction): string {
  if (choice.kind === 'judge') return choice.value ? t('practice.judgeTrue') : t('practice.judgeFalse');
  return choice.options.join(t('practice.listSeparator'));
}
