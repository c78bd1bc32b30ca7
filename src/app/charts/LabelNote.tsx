import { Fold } from '../components/Fold';
import { useT } from '../i18n/t';
import { labelledNote } from '../labelling/labelledNote';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { labelNote } from './labelNoteText';

/**
 * A sentence near the charts when the marks are noisy or biased (labelNoteText.ts), and one when arms train
 * on a person's labels (labelling/labelledNote.ts).
 */
export function LabelNote() {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  const { labelNoise, verifier } = useSettingsStore((s) => s.settings);
  const text = labelNote(labelNoise, verifier, arms, t);
  const labelled = labelledNote(arms, t);
  return (
    <>
      {text && (
        <p className="help" data-testid="label-note">
          {text}
        </p>
      )}
      {labelled && <Fold className="help" testId="labelled-note" text={labelled} />}
    </>
  );
}
