/**
 * Which model answers a labelling batch: the base model, or one of the run's arms as its weights are
 * when "Sample" is pressed (the worker samples from a frozen copy; the batch records which, e.g.
 * 'nft @ iteration 20'). Arms trained on labels are left out, and so is every arm while the run has none.
 */
import { useEffect } from 'react';
import { isLabelledArm } from '../../engine/labels/names';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';

export function AnswersFrom({ value, onChange }: { value: string; onChange: (arm: string) => void }) {
  const t = useT();
  const arms = useRunStore((s) => s.arms);
  const usable = useRunStore((s) => s.phase !== 'error' && s.phase !== 'starting' && s.phase !== 'preparing');
  const choices = usable ? arms.filter((a) => !isLabelledArm(a.name)) : [];
  const gone = value !== '' && !choices.some((a) => a.name === value);
  useEffect(() => {
    if (gone) onChange(''); // the arm left with its run: back to the base model
  }, [gone, onChange]);
  return (
    <label>
      {t('labels.answersFrom')}{' '}
      <select data-testid="label-from" value={gone ? '' : value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('labels.baseModel')}</option>
        {choices.map((a) => (
          <option key={a.name} value={a.name}>
            {t('labels.armNowIteration', { arm: a.name, n: a.iterations.length })}
          </option>
        ))}
      </select>
    </label>
  );
}
