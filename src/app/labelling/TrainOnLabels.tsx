/**
 * "Train on my labels": what a new run would train on (every labelled batch's answers, with the
 * person's marks) and how many of their questions train, and the button that starts it.
 */
import { useMemo } from 'react';
import { mergeLabelBatches } from '../../engine/labels/merge';
import { labelledArmName } from '../../engine/labels/names';
import type { LabelBatch } from '../../engine/labels/record';
import { byQuestion, rHat } from '../../engine/labels/summary';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { canTrainOnLabels, labelledMethods, trainOnMyLabels } from './trainOnMine';

export function TrainOnLabels({ batches }: { batches: readonly LabelBatch[] }) {
  const t = useT();
  const settings = useSettingsStore((s) => s.settings);
  const phase = useRunStore((s) => s.phase);
  const all = useMemo(() => mergeLabelBatches(batches), [batches]);
  const groups = byQuestion(all.records);
  const methods = labelledMethods(settings.methods);
  const mixed = groups.filter((g) => {
    const p = rHat(g.records);
    return p > 0 && p < 1;
  }).length;
  const what = {
    methods: settings.methods.join(', '),
    labelled: methods.map(labelledArmName).join(', '),
    n: all.records.length,
    b: batches.length,
  };
  return (
    <>
      <p className="help">
        {batches.length === 1 ? t('labels.trainMyLabelsNew', what) : t('labels.trainMyLabelsNewRun', what)}{' '}
        <span data-testid="label-mixed">{t('labels.mixedQQuestions', { mixed, q: groups.length })}</span>
      </p>
      <button
        type="button"
        data-testid="train-on-labels"
        disabled={!canTrainOnLabels(phase, settings.methods)}
        onClick={() => trainOnMyLabels(batches)}
        aria-keyshortcuts="T"
      >
        {t('labels.trainMyLabelsButton')} <kbd>T</kbd>
      </button>
    </>
  );
}
