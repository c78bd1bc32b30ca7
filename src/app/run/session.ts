/**
 * The page's side of the engine, and what the rest of the page imports: the run's lifecycle. Configures
 * runs from the settings, restores saved ones, shows imported records, resets, and goes on after a crash.
 * The worker connection is engineLink.ts, the event stream and latest snapshot events.ts, and the plain
 * forwards (play / pause / step, ...) controls.ts; this module re-exports what the page uses of them.
 * No training logic here: the worker owns the experiment.
 */
import type { LabelledArms } from '../../engine/train/experiment';
import type { Settings } from '../../formats/settings/table';
import type { BackendName, ExperimentSnapshot, LabelBatch, RunConfig } from '../../worker/protocol';
import { toRunConfig } from '../settings/runConfig';
import { play as playRun, step as stepRun } from './controls';
import { engineClient, engineReady, errorText, guard, startWorker, workerBackend } from './engineLink';
import { flush, latestSnapshot, resumableIteration, takeRunId } from './events';
import { type ArmSeries, emptyRun, type RunRecord, resumedRun, withArms } from './history';
import { useRunStore } from './runStore';

export { explainGroup, pause, sampleLabels, simulateFault } from './controls';
export { BASE_MODEL_URL } from './engineLink';
export { FLUSH_MS, latestSnapshot, onSnapshot } from './events';

let lastSettings: Settings | null = null;
let lastCheckTraining = false;
/** The arms on a person's labels of the current run ("Train on my labels"); null: none. */
let lastLabelled: LabelledArms | null = null;
/** The run id of a shown record (showRecord): no worker holds its weights. */
let shownRecord: number | null = null;
/** The run configuration in progress: a shown record (showRecord) waits for it. */
let configuring: Promise<void> = Promise.resolve();

/** A new run id: events of every earlier run are dropped from now on. */
function newRun(): number {
  const runId = takeRunId(null);
  useRunStore.setState({ ...emptyRun(runId, 'preparing'), resumeFrom: null });
  return runId;
}

/** The run's configuration: the settings', plus the arms on labelled answers when the run has them. */
function runConfig(settings: Settings): RunConfig {
  const c = toRunConfig(settings);
  return lastLabelled ? { ...c, experiment: { ...c.experiment, labelled: lastLabelled } } : c;
}

/** `go`: play or step the run once it is configured. */
async function configure(settings: Settings, go: 'play' | 'step' | null = null): Promise<void> {
  const runId = newRun();
  const client = engineClient();
  if (!client || !(await engineReady()) || client !== engineClient()) return;
  const arms = await guard(client, client.api.configure(runId, runConfig(settings)));
  if (arms && useRunStore.getState().runId === runId) {
    useRunStore.setState((s) => withArms(s, arms));
    if (go) void guard(client, client.api[go](runId));
  }
}

/** Starts (or restarts, for another backend) the engine and configures a run from the settings. */
export function applySettings(settings: Settings, options: { checkTraining?: boolean } = {}): Promise<void> {
  lastCheckTraining = options.checkTraining ?? lastCheckTraining;
  return start(settings, null);
}

function start(
  settings: Settings,
  labelled: LabelledArms | null,
  go: 'play' | 'step' | null = null,
): Promise<void> {
  lastSettings = settings;
  lastLabelled = labelled;
  if (!engineClient() || settings.backend !== workerBackend()) {
    startWorker(settings.backend, lastCheckTraining);
  }
  configuring = configure(settings, go);
  return configuring;
}

/**
 * A run saved by this browser (persistence): a worker on the settings' backend rebuilds it exactly where
 * `saved` was taken, paused, with every plotted point; Play goes on. `extras` are the parts of the page's
 * record the snapshot lacks. Resolves to null, or to the reason it could not (the caller starts anew).
 */
export async function restoreSaved(
  settings: Settings,
  saved: ExperimentSnapshot,
  extras: Pick<RunRecord, 'gradients' | 'rollouts'>,
  options: { checkTraining?: boolean } = {},
): Promise<string | null> {
  lastSettings = settings;
  lastLabelled = saved.settings.labelled ?? null;
  lastCheckTraining = options.checkTraining ?? lastCheckTraining;
  startWorker(settings.backend, lastCheckTraining, true);
  const client = engineClient();
  const runId = takeRunId(saved);
  useRunStore.setState((s) => ({
    ...resumedRun({ ...s, ...extras }, runId, saved),
    resumeFrom: resumableIteration(runId),
  }));
  // The worker failed: the page says why.
  if (!client || !(await engineReady()) || client !== engineClient()) return null;
  const { gradients, labels } = toRunConfig(settings);
  try {
    await client.api.restore(runId, saved, gradients, labels);
    return null;
  } catch (e) {
    return errorText(e);
  }
}

/**
 * Shows a run record without weights (an imported session's histories) once the run being configured is
 * ready: finished as far as the page goes (Play is off); Reset trains the same settings again from the
 * base. Resolves to the run id shown, or null when another run took over meanwhile.
 */
export async function showRecord(record: { arms: ArmSeries[]; completed: number }): Promise<number | null> {
  const runId = useRunStore.getState().runId;
  await configuring;
  const now = useRunStore.getState();
  if (now.runId !== runId || now.phase === 'error') return null;
  // An id of its own: the worker's events for the configured run (its 'idle') are dropped from here on.
  const shown = takeRunId(null);
  shownRecord = shown;
  // Stopped before the settings' last iteration: paused there, and Play (or Step) goes on (playOrStep).
  const unfinished = lastSettings !== null && record.completed < lastSettings.iterations;
  useRunStore.setState({
    ...emptyRun(shown, unfinished ? 'paused' : 'done'),
    arms: record.arms,
    completed: record.completed,
    resumeFrom: null,
  });
  return shown;
}

/**
 * Play and Step forward to the worker's run. A shown record has no weights to go on from: the same
 * settings train again from the base (same seed, same numbers on the same backend), then play or step
 * on past where the record stopped.
 */
function playOrStep(go: 'play' | 'step'): void {
  if (shownRecord === null || useRunStore.getState().runId !== shownRecord || !lastSettings) {
    (go === 'play' ? playRun : stepRun)();
    return;
  }
  shownRecord = null;
  void start(lastSettings, lastLabelled, go);
}

export const play = (): void => playOrStep('play');
export const step = (): void => playOrStep('step');

/**
 * "Train on my labels": a new run with the settings' arms, plus for each sampling method (not SFT) an
 * arm that trains on exactly `batch`'s answers with the person's marks, from the same base weights
 * (the labelling panel passes every batch the person labelled, merged: engine/labels/merge.ts).
 * It plays at once.
 */
export function trainOnLabels(batch: LabelBatch): Promise<void> {
  if (!lastSettings) return Promise.resolve();
  const methods = [...new Set(lastSettings.methods.filter((m) => m !== 'sft'))];
  return start(lastSettings, { methods, batch }, 'play');
}

/** Same settings, same seed: the run starts over and repeats itself. */
export async function reset(): Promise<void> {
  if (lastSettings && workerBackend() === '') return start(lastSettings, lastLabelled);
  const client = engineClient();
  // A worker replaced meanwhile (another backend, a crash) has its own run: leave it alone.
  if (!client || !(await engineReady()) || client !== engineClient()) return;
  const runId = newRun();
  const arms = await guard(client, client.api.reset(runId));
  if (arms && useRunStore.getState().runId === runId) useRunStore.setState((s) => withArms(s, arms));
}

/**
 * After a crash or a lost GPU device: a new worker on `backend` goes on from the run's latest snapshot
 * (its last completed unit of work), keeping every plotted point, and plays on. Without a snapshot
 * (the failure came before the first evaluation finished) the run starts over there.
 */
export async function continueOn(backend: BackendName): Promise<void> {
  const settings = lastSettings;
  if (!settings) return;
  const saved = latestSnapshot();
  flush(); // fold what arrived before the failure (nothing after the snapshot was sent)
  startWorker(backend, false, saved !== null);
  if (!saved) return configure(settings);
  const client = engineClient();
  if (!client || !(await engineReady()) || client !== engineClient()) return;
  const runId = takeRunId(saved);
  useRunStore.setState((s) => ({ ...resumedRun(s, runId, saved), resumeFrom: resumableIteration(runId) }));
  const { gradients, labels } = toRunConfig(settings);
  const arms = await guard(client, client.api.restore(runId, saved, gradients, labels));
  if (arms && useRunStore.getState().runId === runId) void guard(client, client.api.play(runId));
}
