import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, LANGUAGES, THEMES, type Settings, type SettingsPatch } from '@core/settings/options';
import type { AppErrorShape } from '@core/ipc/envelope';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { ChoiceGroup } from './ChoiceGroup';

/** Every change applies at once and is saved; there is no "Save" button to forget. */
export function SettingsPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  // The screen shows what the host kept (applied from the reply's changes), never a guess.
  const update = async (patch: SettingsPatch) => {
    try {
      await mutate(client, 'settings.update', patch);
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorOf(e));
      setSaved(false);
    }
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      {error && <ErrorMessage error={error} />}
      <ChoiceGroup
        name="language"
        legend={t('settings.language')}
        value={settings.language}
        choices={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languages.${l}`), lang: l }))}
        onChange={(language) => void update({ language })}
      />
      <ChoiceGroup
        name="fontSize"
        legend={t('settings.fontSize')}
        value={settings.fontSize}
        choices={FONT_SIZES.map((f) => ({ value: f, label: t(`settings.fontSizes.${f}`) }))}
        onChange={(fontSize) => void update({ fontSize })}
      />
      <ChoiceGroup
        name="theme"
        legend={t('settings.theme')}
        value={settings.theme}
        choices={THEMES.map((v) => ({ value: v, label: t(`settings.themes.${v}`) }))}
        onChange={(theme) => void update({ theme })}
      />
      <p role="status" className="saved-note">
        {saved ? t('settings.saved') : ''}
      </p>
    </>
  );
}
