import { useTranslation } from 'react-i18next';
import type { Scope } from '@core/scope/scope-schema';

/** The practice screen's subtitle for a mode scope (随机练习, 专项练习：判断题 …); nothing for other kinds. */
export function ModeSubtitle({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  let text: string | undefined;
  if (scope.kind === 'random') text = t('modes.focusTitle.random');
  else if (scope.kind === 'type') text = t('modes.focusTitle.type', { value: t(`modes.byType.${scope.questionType}`) });
  else if (scope.kind === 'tag') text = t('modes.focusTitle.tag', { value: scope.tag });
  else if (scope.kind === 'difficulty') text = t('modes.focusTitle.difficulty', { value: t(`modes.byDifficulty.${scope.level}`) });
  return text === undefined ? null : (
    <p className="practice-chapter" data-mode-subtitle={scope.kind}>
      {text}
    </p>
  );
}
