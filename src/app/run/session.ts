/**
 * The page's side of the engine: starts the worker for a backend, loads the base model, (re)configures
 * runs and forwards play / pause / step / reset. Events are buffered and folded into the run store at
 * most FLUSH_MS apart, so charts redraw a few times a second however fast training goes.
 * No training logic here: the worker owns the experiment.
 */
import * as Comlink from 'comlink';
import type { LabelledArms } from '../../engine/train/experiment';
import type {
  BackendName,
  ExperimentSnapshot,
  ExplainRequest,
  FaultKind,
  GroupExplanation,
  LabelBatch,
  LabelSampleRequest,
  RunConfig,
  RunEvent,
} from '../../worker/protocol';
import { type EngineClient, startEngine } from '../engineClient';
import { toRunConfig } from '../settings/runConfig';
import type { Settings } from '../settings/table';
import { type ArmSeries, applyEvents, emptyRun, type RunRecord, resumedRun, withArms } from './history';
import { failRun, useRunStore } from './runStore';

export const BASE_MODEL_URL = `${import.meta.env.BASE_URL}models/base/model.json`;
export const FLUSH_MS = 250;
const TRAIN_CHECK_STEPS = 5;

let engine: EngineClient | null = null;
let engineBackend = '';
let lastSettings: Settings | null = null;
let lastCheckTraining = false;
/** The arms on a person's labels of the current run ("Train on my labels"); null: none. */
let lastLabelled: LabelledArms | null = null;
let ready: Promise<boolean> = Promise.resolve(false);
let nextRunId = 1;
let buffer: RunEvent[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
/** The latest snapshot of the current run (big typed arrays: kept here, not in the store). */
let latest: { runId: number; snapshot: ExperimentSnapshot } | null = null;
/** Told whenever `latest` changes (persistence saves it). */
const snapshotListeners = new Set<() => void>();
/** The run configuration in progress: a shown record (showRecord) waits for it. */
let configuring: Promise<void> = Promise.resolve();

function setLatest(value: typeof latest): void {
  latest = value;
  for (const f of snapshotListeners) f();
}

/** The latest snapshot of the run the page shows, or null (none yet, or the run has no weights). */
export function latestSnapshot(): ExperimentSnapshot | null {
  return latest && latest.runId === useRunStore.getState().runId ? latest.snapshot : null;
}

/** Calls `f` after every change of the latest snapshot; returns the unsubscribe function. */
export function onSnapshot(f: () => void): () => void {
  snapshotListeners.add(f);
  return () => snapshotListeners.delete(f);
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function flush(): void {
  timer = null;
  const events = buffer;
  buffer = [];
  useRunStore.setState((s) => ({ ...applyEvents(s, events), resumeFrom: resumableIteration(s.runId) }));
}

function resumableIteration(runId: number): number | null {
  if (!latest || latest.runId !== runId) return null;
  return Math.min(...latest.snapshot.arms.map((a) => a.history.iterations.length));
}

function onEvent(e: RunEvent): void {
  if (e.type === 'snapshot') {
    // Comes after the unit's other events (runner.ts): the store has, or is about to have, them all.
    if (e.runId === useRunStore.getState().runId) setLatest({ runId: e.runId, snapshot: e.snapshot });
    return;
  }
  buffer.push(e);
  if (timer === null) timer = setTimeout(flush, FLUSH_MS);
}

/** Calls the worker; a failure of the current engine shows as the run's error. */
function guard<T>(client: EngineClient, p: Promise<T>): Promise<T | undefined> {
  return p.catch((e: unknown) => {
    if (client === engine) failRun(errorText(e));
    return undefined;
  });
}

/** Starts a worker on `backend`; `keepRun` leaves the plotted run in place (going on after a crash). */
function startWorker(backend: Settings['backend'], checkTraining: boolean, keepRun = false): void {
  engine?.dispose();
  const client = startEngine((message) => {
    if (client !== engine) return;
    engineBackend = ''; // the worker is gone: the next reset or settings change starts a new one
    failRun(message);
  });
  engine = client;
  engineBackend = backend;
  if (keepRun) useRunStore.setState({ phase: 'starting', error: null, init: null });
  else useRunStore.setState({ ...emptyRun(0, 'starting'), init: null, trainCheck: null, resumeFrom: null });
  ready = (async () => {
    const init = await client.api.init(backend === 'auto' ? undefined : backend);
    if (client !== engine) return false;
    useRunStore.setState({ init });
    await client.api.loadModel(new URL(BASE_MODEL_URL, window.location.href).href);
    await client.api.setListener(Comlink.proxy(onEvent));
    if (checkTraining) {
      const trainCheck = await client.api.checkTraining(TRAIN_CHECK_STEPS);
      if (client === engine) useRunStore.setState({ trainCheck });
    }
    return true;
  })().catch((e: unknown) => {
    if (client === engine) failRun(errorText(e));
    return false;
  });
}

/** A new run id: events of every earlier run are dropped from now on. */
function newRun(): number {
  const runId = nextRunId++;
  buffer = [];
  setLatest(null);
  useRunStore.setState({ ...emptyRun(runId, 'preparing'), resumeFrom: null });
  return runId;
}

/** The run's configuration: the settings', plus the arms on labelled answers when the run has them. */
function runConfig(settings: Settings): RunConfig {
  const c = toRunConfig(settings);
  return lastLabelled ? { ...c, experiment: { ...c.experiment, labelled: lastLabelled } } : c;
}

async function configure(settings: Settings, play = false): Promise<void> {
  const runId = newRun();
  const client = engine;
  if (!client || !(await ready) || client !== engine) return;
  const arms = await guard(client, client.api.configure(runId, runConfig(settings)));
  if (arms && useRunStore.getState().runId === runId) {
    useRunStore.setState((s) => withArms(s, arms));
    if (play) void guard(client, client.api.play(runId));
  }
}

/** Starts (or restarts, for another backend) the engine and configures a run from the settings. */
export function applySettings(settings: Settings, options: { checkTraining?: boolean } = {}): Promise<void> {
  lastCheckTraining = options.checkTraining ?? lastCheckTraining;
  return start(settings, null);
}

function start(settings: Settings, labelled: LabelledArms | null, play = false): Promise<void> {
  lastSettings = settings;
  lastLabelled = labelled;
  if (!engine || settings.backend !== engineBackend) startWorker(settings.backend, lastCheckTraining);
  configuring = configure(settings, play);
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
  const client = engine;
  const runId = nextRunId++;
  buffer = [];
  setLatest({ runId, snapshot: saved });
  useRunStore.setState((s) => ({
    ...resumedRun({ ...s, ...extras }, runId, saved),
    resumeFrom: resumableIteration(runId),
  }));
  if (!client || !(await ready) || client !== engine) return null; // the worker failed: the page says why
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
  const shown = nextRunId++;
  buffer = [];
  setLatest(null);
  useRunStore.setState({
    ...emptyRun(shown, 'done'),
    arms: record.arms,
    completed: record.completed,
    resumeFrom: null,
  });
  return shown;
}

/**
 * "Train on my labels": a new run with the settings' arms, plus for each sampling method (not SFT) an
 * arm that trains on exactly `batch`'s answers with the person's marks, from the same base weights
 * (the labelling panel passes every batch the person labelled, merged: engine/labels/merge.ts).
 * It plays at once.
 */
export function trainOnLabels(batch: LabelBatch): Promise<void> {
  if (!lastSettings) return Promise.resolve();
  const methods = [...new Set(lastSettings.methods.filter((m) => m !== 'sft'))];
  return start(lastSettings, { methods, batch }, true);
}

/** Samples a labelling batch from the base model in the current worker (beside any run). */
export async function sampleLabels(request: LabelSampleRequest): Promise<LabelBatch> {
  const client = engine;
  if (!client || !(await ready) || client !== engine) throw new Error('the engine is not ready yet');
  return client.api.sampleLabels(request);
}

function current(): { client: EngineClient; runId: number } | null {
  const { runId, phase } = useRunStore.getState();
  return engine && runId > 0 && phase !== 'error' && phase !== 'preparing' ? { client: engine, runId } : null;
}

export function play(): void {
  const c = current();
  if (c) void guard(c.client, c.client.api.play(c.runId));
}

export function pause(): void {
  const c = current();
  if (c) void guard(c.client, c.client.api.pause(c.runId));
}

export function step(): void {
  const c = current();
  if (c) void guard(c.client, c.client.api.step(c.runId));
}

/** Same settings, same seed: the run starts over and repeats itself. */
export async function reset(): Promise<void> {
  if (lastSettings && engineBackend === '') return start(lastSettings, lastLabelled);
  const client = engine;
  if (!client || !(await ready)) return;
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
  const saved = latest && latest.runId === useRunStore.getState().runId ? latest.snapshot : null;
  flush(); // fold what arrived before the failure (nothing after the snapshot was sent)
  startWorker(backend, false, saved !== null);
  if (!saved) return configure(settings);
  const client = engine;
  if (!client || !(await ready) || client !== engine) return;
  const runId = nextRunId++;
  buffer = [];
  setLatest({ runId, snapshot: saved });
  useRunStore.setState((s) => ({ ...resumedRun(s, runId, saved), resumeFrom: resumableIteration(runId) }));
  const { gradients, labels } = toRunConfig(settings);
  const arms = await guard(client, client.api.restore(runId, saved, gradients, labels));
  if (arms && useRunStore.getState().runId === runId) void guard(client, client.api.play(runId));
}

/** Diagnostics (?debug=faults): lose the GPU device or crash the worker, to see the run go on. */
export function simulateFault(kind: FaultKind): void {
  if (engine) void guard(engine, engine.api.simulateFault(kind));
}

/**
 * The teaching views' per-token numbers for one question of an arm's latest rollout (src/app/explain),
 * under the arm's current weights; null when no run is ready. Not a run error when it fails.
 */
export function explainGroup(request: ExplainRequest): Promise<GroupExplanation> | null {
  const c = current();
  return c ? c.client.api.explainGroup(c.runId, request) : null;
}
