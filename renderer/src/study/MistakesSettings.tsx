import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MISTAKES_EXIT_STREAK, type Settings } from '@core/settings/options';
import type { AppErrorShape } from '@core/ipc/envelope';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { ChoiceGroup } from '../settings/ChoiceGroup';

const CHOICES = Array.from({ length: MISTAKES_EXIT_STREAK.max - MISTAKES_EXIT_STREAK.min + 1 }, (_, i) => String(MISTAKES_EXIT_STREAK.min + i));

/** How many right answers in a row take a question out of the 错题本. */
export function MistakesSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const change = async (value: string) => {
    try {
      await mutate(client, 'settings.update', { mistakesExitStreak: Number(value) });
      setError(null);
    } catch (e) {
      setError(errorOf(e));
    }
  };
  return (
    <>
      {error && <ErrorMessage error={error} />}
      <ChoiceGroup
        name="mistakesExitStreak"
        legend={t('study.exitStreakSetting')}
        value={String(settings.mistakesExitStreak)}
        choices={CHOICES.map((v) => ({ value: v, label: t('study.exitStreakChoice', { count: Number(v) }) }))}
        onChange={(v) => void change(v)}
      />
    </>
  );
}
