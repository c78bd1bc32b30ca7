/**
 * The engine worker: all tfjs work of the page runs here, never on the main thread.
 * The page talks to it through comlink with the EngineApi contract of protocol.ts; runs are driven by
 * runner.ts and report through the listener the page sets (a Comlink.proxy).
 */
import * as tf from '@tensorflow/tfjs';
import * as Comlink from 'comlink';
import { loadCheckpointFromUrl } from '../engine/io/checkpoint';
import { sampleLabelBatch } from '../engine/labels/sample';
import { createQuestionStream } from '../engine/tasks';
import {
  BASE_EVAL_FILE,
  type BaseEvalFile,
  checkBaseEvalFile,
  shippedBaseEval,
  weightsDigest,
} from '../engine/train/baseEval';
import { trainCheck } from '../engine/train/trainCheck';
import { selectBackend } from './backends';
import type {
  AutoOptions,
  BackendName,
  EngineApi,
  InitResult,
  LoadedModel,
  TrainCheckResult,
} from './protocol';
import { Runner } from './runner';

type Checkpoint = Awaited<ReturnType<typeof loadCheckpointFromUrl>>;

let initResult: InitResult | null = null;
/** The loaded base model, with its shipped evaluation (null when none is served) and its weights' digest. */
let checkpoint: (Checkpoint & { url: string; baseEvals: BaseEvalFile | null; digest: string }) | null = null;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function loadedBase() {
  if (!checkpoint) throw new Error('no model is loaded: call loadModel first');
  return checkpoint.model;
}

const runner = new Runner(
  loadedBase,
  () => undefined,
  true,
  (config) =>
    shippedBaseEval(checkpoint?.baseEvals ?? null, checkpoint?.digest ?? '', config.mix, config.experiment),
);

/** The base model's evaluation served beside it (engine/train/baseEval.ts), or null without one. */
async function loadBaseEvals(modelUrl: string): Promise<BaseEvalFile | null> {
  try {
    const res = await fetch(new URL(BASE_EVAL_FILE, modelUrl));
    return res.ok ? checkBaseEvalFile(await res.json()) : null;
  } catch {
    return null; // not served, or not readable: every run evaluates iteration 0 itself
  }
}
const ignore = () => undefined;

/** The part of a GPUDevice used here (tfjs's WebGPU backend keeps its device in `device`). */
interface LosableDevice {
  lost: Promise<{ reason?: string; message?: string }>;
  destroy(): void;
}

function webgpuDevice(): LosableDevice | null {
  if (tf.getBackend() !== 'webgpu') return null;
  const device = (tf.backend() as unknown as { device?: LosableDevice }).device;
  return device && typeof device.destroy === 'function' ? device : null;
}

/** Set once the GPU device is gone: tfjs cannot recover from that, so every later call is refused. */
let deviceLost: string | null = null;

function watchDevice(): void {
  webgpuDevice()?.lost.then((info) => {
    const why = [info.reason, info.message].filter(Boolean).join(': ') || 'no reason given';
    deviceLost = `the GPU device was lost (${why}); the run can go on from its last completed step on another backend`;
    runner.fail(deviceLost);
  });
}

function usable(): void {
  if (deviceLost) throw new Error(deviceLost);
}

const api: EngineApi = {
  async init(forceBackend?: BackendName, auto?: AutoOptions): Promise<InitResult> {
    if (initResult) {
      if (forceBackend && forceBackend !== initResult.backend) {
        throw new Error(
          `the worker already runs on ${initResult.backend}; start a new worker to use ${forceBackend}`,
        );
      }
      return initResult;
    }
    initResult = await selectBackend(forceBackend, auto);
    watchDevice();
    return initResult;
  },

  async loadModel(url: string): Promise<LoadedModel> {
    if (!initResult) throw new Error('loadModel called before init: no tfjs backend is selected');
    try {
      const [loaded, baseEvals] = await Promise.all([loadCheckpointFromUrl(url), loadBaseEvals(url)]);
      runner.dispose();
      checkpoint?.model.dispose();
      checkpoint = { ...loaded, url, baseEvals, digest: await weightsDigest(loaded.model) };
    } catch (e) {
      const why =
        e instanceof SyntaxError ? `the server did not answer with JSON (${e.message})` : errorText(e);
      throw new Error(`could not load the model from ${url}: ${why}`);
    }
    return {
      url,
      mix: checkpoint.meta.tasks.mix.map((e) => ({ level: e.level, weight: e.weight })),
    };
  },

  async checkTraining(steps: number): Promise<TrainCheckResult> {
    if (!Number.isInteger(steps) || steps < 1 || steps > 100) throw new Error('steps must be in 1..100');
    const base = loadedBase();
    const mix = checkpoint?.meta.tasks.mix ?? [];
    return trainCheck(base, createQuestionStream(mix, 1).nextBatch(16), steps);
  },

  async explainGroup(runId, request) {
    usable();
    return runner.explain(runId, request);
  },

  setListener(listener) {
    runner.setListener(listener);
  },
  async configure(runId, config) {
    usable();
    return runner.configure(runId, config);
  },
  play(runId) {
    if (deviceLost) return;
    runner.play(runId).catch(ignore); // failures reach the page as error events
  },
  pause: (runId) => runner.pause(runId),
  async step(runId) {
    usable();
    return runner.step(runId);
  },
  async reset(runId) {
    usable();
    return runner.reset(runId);
  },
  async restore(runId, snapshot, gradients, labels) {
    usable();
    return runner.restore(runId, snapshot, gradients, labels);
  },

  async sampleLabels({ from, ...request }) {
    usable();
    if (!(request.questions >= 1 && request.questions <= 16)) throw new Error('questions must be in 1..16');
    if (!(request.K >= 2 && request.K <= 64)) throw new Error('K must be in 2..64');
    const source = from ? runner.armSnapshot(from.runId, from.arm) : { model: loadedBase(), name: 'base' };
    try {
      return await sampleLabelBatch(source.model, {
        ...request,
        model: source.name,
        id: `b${Date.now().toString(36)}`,
        createdAt: new Date().toISOString(),
      });
    } finally {
      if (from) source.model.dispose();
    }
  },

  async simulateFault(kind) {
    if (kind === 'crash') {
      setTimeout(() => {
        throw new Error('simulated crash (diagnostics): the worker stopped with an uncaught error');
      });
      return;
    }
    const device = webgpuDevice();
    if (!device) throw new Error(`there is no GPU device to lose: the engine runs on ${tf.getBackend()}`);
    device.destroy();
  },
};

Comlink.expose(api);
