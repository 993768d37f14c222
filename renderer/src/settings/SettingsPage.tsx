import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, LANGUAGES, THEMES, type Settings, type SettingsPatch } from '@core/settings/options';
import type { AppErrorShape } from '@core/ipc/envelope';
import { errorOf } from '../api/client';
import { mutate } from '../api/queries';
import { ErrorMessage } from '../app/ErrorMessage';
import { ChoiceGroup } from './ChoiceGroup';
import { ReviewSettings } from '../review/ReviewSettings';
import { MistakesSettings } from '../study/MistakesSettings';

/** Every change applies at once and is saved; there is no "Save" button to forget. */
export function SettingsPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  // The choice shows at once; if the host cannot keep it, the screen goes back to what it kept.
  const [pending, setPending] = useState<SettingsPatch>({});
  const shown: Settings = { ...settings, ...pending };

  const update = async (patch: SettingsPatch) => {
    setPending((p) => ({ ...p, ...patch }));
    try {
      await mutate(client, 'settings.update', patch);
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorOf(e));
      setSaved(false);
    }
    setPending({});
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      {error && <ErrorMessage error={error} />}
      <ChoiceGroup
        name="language"
        legend={t('settings.language')}
        value={shown.language}
        choices={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languages.${l}`), lang: l }))}
        onChange={(language) => void update({ language })}
      />
      <ChoiceGroup
        name="fontSize"
        legend={t('settings.fontSize')}
        value={shown.fontSize}
        choices={FONT_SIZES.map((f) => ({ value: f, label: t(`settings.fontSizes.${f}`) }))}
        onChange={(fontSize) => void update({ fontSize })}
      />
      <ChoiceGroup
        name="theme"
        legend={t('settings.theme')}
        value={shown.theme}
        choices={THEMES.map((v) => ({ value: v, label: t(`settings.themes.${v}`) }))}
        onChange={(theme) => void update({ theme })}
      />
      <ReviewSettings settings={settings} />
      <MistakesSettings settings={settings} />
      <p role="status" className="saved-note">
        {saved ? t('settings.saved') : ''}
      </p>
    </>
  );
}
