/**
 * "Train on my labels" as one function, for its button (TrainOnLabels.tsx) and its key (labelKeys.ts):
 * a new run of the settings' arms plus, for each sampling method, an arm on every labelled batch's answers.
 */
import { mergeLabelBatches } from '../../engine/labels/merge';
import type { LabelBatch } from '../../engine/labels/record';
import type { Settings } from '../../formats/settings/table';
import type { RunPhase } from '../run/history';
import { useRunStore } from '../run/runStore';
import { trainOnLabels } from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';

/** The methods that get an arm on the labels: those that sample (not SFT), once each. */
export const labelledMethods = (methods: Settings['methods']) => [
  ...new Set(methods.filter((m) => m !== 'sft')),
];

export function canTrainOnLabels(phase: RunPhase, methods: Settings['methods']): boolean {
  return phase !== 'starting' && labelledMethods(methods).length > 0;
}

/** Starts the run on `batches` (merged), when there are labels and the page can start a run. */
export function trainOnMyLabels(batches: readonly LabelBatch[]): void {
  const { phase } = useRunStore.getState();
  if (batches.length === 0 || !canTrainOnLabels(phase, useSettingsStore.getState().settings.methods)) return;
  void trainOnLabels(mergeLabelBatches(batches));
}
