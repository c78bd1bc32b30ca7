import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { labelNote } from './labelNote';

/** A sentence near the charts when the marks are noisy or biased (labelNote.ts). */
export function LabelNote() {
  const arms = useRunStore((s) => s.arms);
  const { labelNoise, verifier } = useSettingsStore((s) => s.settings);
  const text = labelNote(labelNoise, verifier, arms);
  return text ? (
    <p className="help" data-testid="label-note">
      {text}
    </p>
  ) : null;
}
