import { PRESETS } from '../../engine/train/presets';
import { useSettingsStore } from '../settings/settingsStore';

/**
 * What the study measured with the chosen preset, next to the run: the page presents an observation
 * to compare with, never a staged result.
 */
export function PresetNote() {
  const preset = useSettingsStore((s) => s.settings.preset);
  const p = PRESETS[preset];
  if (!p) return null;
  return (
    <p className="preset-note" data-testid="preset-note">
      <strong>
        Preset {p.name}: {p.description}.
      </strong>{' '}
      {p.finding}
    </p>
  );
}
