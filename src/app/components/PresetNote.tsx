import { PRESETS } from '../../engine/train/presets';
import { useT } from '../i18n/t';
import { useSettingsStore } from '../settings/settingsStore';

/**
 * What the study measured with the chosen preset, next to the run: the page presents an observation
 * to compare with, never a staged result. The engine's English description and finding are the keys of
 * their Japanese (i18n/ja/controlsPresets.ts; controlsText.test.ts checks every preset has it). The
 * run's own size comes from the settings in force (a lesson or a link may change the preset's), and the
 * finding is folded behind "more" so the charts stay on the first screen.
 */
export function PresetNote() {
  const t = useT();
  const { preset, iterations, M, K } = useSettingsStore((s) => s.settings);
  const p = PRESETS[preset];
  if (!p) return null;
  return (
    <details className="preset-note fold" data-testid="preset-note">
      <summary>
        <strong>{t('controls.presetName', { name: p.name, description: t(`preset.${preset}`) })}</strong>{' '}
        <span data-testid="preset-run">{t('workshop.runNIterations', { n: iterations, m: M, k: K })}</span>
        <span className="more">{t('workshop.more')}</span>
      </summary>
      <p>{t(`finding.${preset}`)}</p>
    </details>
  );
}
