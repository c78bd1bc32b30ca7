/**
 * The page's connection to the engine worker: starts the worker for a backend, loads the base model and
 * hands it the event listener (events.ts). Knows which client is current, so that calls to a replaced
 * worker neither report errors nor touch the run. No training logic here: the worker owns the experiment.
 */
import * as Comlink from 'comlink';
import type { Settings } from '../../formats/settings/table';
import type { RunConfig } from '../../worker/protocol';
import { type EngineClient, startEngine } from '../engineClient';
import { cachedChoice, keepChoice } from './backendCache';
import { onEvent } from './events';
import { emptyRun } from './history';
import { failRun, useRunStore } from './runStore';

export const BASE_MODEL_URL = `${import.meta.env.BASE_URL}models/base/model.json`;
const TRAIN_CHECK_STEPS = 5;

let engine: EngineClient | null = null;
/** The backend the current worker was started on; '' once it is gone (or none was started). */
let engineBackend = '';
let ready: Promise<boolean> = Promise.resolve(false);

/** The current worker's client, or null before the first one starts. */
export function engineClient(): EngineClient | null {
  return engine;
}

/** The backend the current worker runs on, or '' when there is none (it crashed, or never started). */
export function workerBackend(): string {
  return engineBackend;
}

/** Resolves to whether the current worker is set up (false: it failed, or another replaced it). */
export function engineReady(): Promise<boolean> {
  return ready;
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Calls the worker; a failure of the current engine shows as the run's error. */
export function guard<T>(client: EngineClient, p: Promise<T>): Promise<T | undefined> {
  return p.catch((e: unknown) => {
    if (client === engine) failRun(errorText(e));
    return undefined;
  });
}

/**
 * Starts a worker on `backend`; `keepRun` leaves the plotted run in place (going on after a crash).
 * For backend=auto the worker times `race` (the run's own shapes) on every backend that starts, unless
 * this browser kept an earlier measurement (backendCache.ts).
 */
export function startWorker(
  backend: Settings['backend'],
  checkTraining: boolean,
  keepRun = false,
  race?: RunConfig,
): void {
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
    const modelUrl = new URL(BASE_MODEL_URL, window.location.href).href;
    const init =
      backend === 'auto'
        ? await client.api.init(undefined, {
            race: race ? { modelUrl, config: race } : undefined,
            cached: cachedChoice(),
          })
        : await client.api.init(backend);
    if (client !== engine) return false;
    keepChoice(init);
    useRunStore.setState({ init });
    await client.api.loadModel(modelUrl);
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

/** The current worker and run, when the run can take play / pause / step (null: it cannot). */
export function current(): { client: EngineClient; runId: number } | null {
  const { runId, phase } = useRunStore.getState();
  return engine && runId > 0 && phase !== 'error' && phase !== 'preparing' ? { client: engine, runId } : null;
}
