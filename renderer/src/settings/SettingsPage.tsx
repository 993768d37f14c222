import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, LANGUAGES, THEMES, type Settings, type SettingsPatch } from '../../../core/settings/options';
import type { AppErrorShape } from '../../../core/ipc/envelope';
import { send } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { ChoiceGroup } from './ChoiceGroup';

/** Every change applies at once and is saved; there is no "Save" button to forget. */
export function SettingsPage({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  const update = async (patch: SettingsPatch) => {
    const before = settings;
    onChange({ ...settings, ...patch });
    const r = await send('settings.update', patch);
    if (r.ok) {
      onChange(r.value);
      setError(null);
      setSaved(true);
    } else {
      onChange(before); // the screen must not claim a setting the disk did not keep
      setError(r.error);
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
