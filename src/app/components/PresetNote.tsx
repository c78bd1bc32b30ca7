import { PRESETS } from '../../engine/train/presets';
import { useT } from '../i18n/t';
import { useSettingsStore } from '../settings/settingsStore';

/**
 * What the study measured with the chosen preset, next to the run: the page presents an observation
 * to compare with, never a staged result. The engine's English description and finding are the keys of
 * their Japanese (i18n/ja/controlsPresets.ts; controlsText.test.ts checks every preset has it).
 */
export function PresetNote() {
  const t = useT();
  const preset = useSettingsStore((s) => s.settings.preset);
  const p = PRESETS[preset];
  if (!p) return null;
  return (
    <p className="preset-note" data-testid="preset-note">
      <strong>{t('Preset {name}: {description}.', { name: p.name, description: t(p.description) })}</strong>{' '}
      {t(p.finding)}
    </p>
  );
}
