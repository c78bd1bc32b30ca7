/**
 * The page's connection to the engine worker (owned by the RunController, controller.ts): starts the
 * worker for a backend, loads the base model and hands it the event listener. Knows which client is
 * current, so that calls to a replaced worker neither report errors nor touch the run: `readyClient()`
 * is the one "client still current" check. No training logic here: the worker owns the experiment.
 */
import * as Comlink from 'comlink';
import type { Settings } from '../../formats/settings/table';
import type { RunConfig, RunListener } from '../../worker/protocol';
import { type EngineClient, startEngine } from '../engineClient';
import { parsePageOptions } from '../query';
import { cachedChoice, keepChoice } from './backendCache';
import { emptyRun } from './history';
import { failRun, useRunStore } from './runStore';

export const BASE_MODEL_URL = `${import.meta.env.BASE_URL}models/base/model.json`;
const TRAIN_CHECK_STEPS = 5;

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** How to start a worker: its backend, the training check, and for backend=auto the run to time. */
export interface WorkerStart {
  backend: Settings['backend'];
  checkTraining: boolean;
  /** Leave the plotted run in place (going on after a crash) instead of clearing it. */
  keepRun?: boolean;
  /** backend=auto times this run's own shapes on every backend that starts (worker/raceOrder.ts). */
  race?: RunConfig;
  /** Time software renderers too, and ignore a kept measurement ("Measure again"). */
  full?: boolean;
}

export class WorkerLink {
  private client: EngineClient | null = null;
  /** The backend the current worker was started on; '' once it is gone (or none was started). */
  private started = '';
  private ready: Promise<boolean> = Promise.resolve(false);

  /** `listener` receives every run event of every worker this link starts. */
  constructor(private readonly listener: RunListener) {}

  /** The backend the current worker runs on, or '' when there is none (it crashed, or never started). */
  get backend(): string {
    return this.started;
  }

  get hasWorker(): boolean {
    return this.client !== null;
  }

  /** The current client once it is set up, or null (none, it failed, or another replaced it meanwhile). */
  async readyClient(): Promise<EngineClient | null> {
    const client = this.client;
    if (!client || !(await this.ready) || client !== this.client) return null;
    return client;
  }

  /** The current client as it is now, set up or not (calls that need no set-up: fault drills). */
  now(): EngineClient | null {
    return this.client;
  }

  /** Calls the worker; a failure of the current engine shows as the run's error. */
  guard<T>(client: EngineClient, p: Promise<T>): Promise<T | undefined> {
    return p.catch((e: unknown) => {
      if (client === this.client) failRun(errorText(e));
      return undefined;
    });
  }

  /** Stops any worker and starts one as `start` says; the run store shows it starting. */
  start({ backend, checkTraining, keepRun = false, race, full = false }: WorkerStart): void {
    this.client?.dispose();
    const client = startEngine((message) => {
      if (client !== this.client) return;
      this.started = ''; // the worker is gone: the next reset or settings change starts a new one
      failRun(message);
    });
    this.client = client;
    this.started = backend;
    if (keepRun) useRunStore.setState({ phase: 'starting', error: null, init: null });
    else useRunStore.setState({ ...emptyRun(0, 'starting'), init: null, trainCheck: null, resumeFrom: null });
    this.ready = this.setUp(client, backend, checkTraining, race, full).catch((e: unknown) => {
      if (client === this.client) failRun(errorText(e));
      return false;
    });
  }

  private async setUp(
    client: EngineClient,
    backend: Settings['backend'],
    checkTraining: boolean,
    race?: RunConfig,
    full = false,
  ): Promise<boolean> {
    const modelUrl = new URL(BASE_MODEL_URL, window.location.href).href;
    const query = parsePageOptions(window.location.search);
    const wasmThreads = query.ok ? query.options.threads : undefined;
    const init =
      backend === 'auto'
        ? await client.api.init(undefined, {
            race: race ? { modelUrl, config: race } : undefined,
            cached: full ? undefined : cachedChoice(),
            timeSoftware: full,
            wasmThreads,
          })
        : await client.api.init(backend, { wasmThreads });
    if (client !== this.client) return false;
    keepChoice(init);
    useRunStore.setState({ init });
    await client.api.loadModel(modelUrl);
    await client.api.setListener(Comlink.proxy(this.listener));
    if (checkTraining) {
      const trainCheck = await client.api.checkTraining(TRAIN_CHECK_STEPS);
      if (client === this.client) useRunStore.setState({ trainCheck });
    }
    return true;
  }

  /** The current worker and run, when the run can take play / pause / step (null: it cannot). */
  current(): { client: EngineClient; runId: number } | null {
    const { runId, phase } = useRunStore.getState();
    const client = this.client;
    return client && runId > 0 && phase !== 'error' && phase !== 'preparing' ? { client, runId } : null;
  }
}
