/**
 * The measured part of backend=auto, in the worker: what each backend's adapter is (software or not),
 * and the race itself: on each candidate, the preset's own work (one sampling round of M x K answers
 * and one update step at the preset's shapes, from the shipped base model), once to warm up and once
 * timed, stopped at the limit raceOrder.ts sets. The rules live in raceOrder.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { loadCheckpointFromUrl } from '../engine/io/checkpoint';
import { resolveOptions } from '../engine/losses/options';
import type { Gpt } from '../engine/model/gpt';
import { createQuestionStream } from '../engine/tasks';
import { Arm } from '../engine/train/arm';
import type { Pacer } from '../engine/train/pace';
import type { BackendName, RaceJob } from './protocol';
import { type AdapterFacts, describeAdapter, type Measured, softwareName } from './raceOrder';

/** What the adapters say, per backend: a readable name and whether it is a software renderer. */
export interface AdapterReport {
  name: string;
  software: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** WebGPU's adapter, described (null: no adapter). */
export async function webgpuAdapter(): Promise<AdapterReport | null> {
  const gpu = 'gpu' in navigator ? navigator.gpu : undefined;
  const adapter = await gpu?.requestAdapter();
  if (!adapter) return null;
  const a = adapter as unknown as {
    info?: AdapterFacts;
    isFallbackAdapter?: boolean;
    requestAdapterInfo?: () => Promise<AdapterFacts>;
  };
  const info = a.info ?? (await a.requestAdapterInfo?.().catch(() => undefined)) ?? {};
  // GPUAdapterInfo's fields are getters on its prototype: read them one by one (a spread sees none).
  return describeAdapter({
    vendor: info.vendor,
    architecture: info.architecture,
    device: info.device,
    description: info.description,
    isFallbackAdapter: info.isFallbackAdapter ?? a.isFallbackAdapter,
  });
}

/** WebGL's unmasked renderer string, from a throw-away context (null: no WebGL here). */
export function webglRenderer(): AdapterReport | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { name, software: softwareName(name) !== null };
  } catch {
    return null;
  }
}

/** The key a measured choice is kept under: this browser, its cores and isolation, and its adapters. */
export function choiceKey(adapters: Partial<Record<BackendName, AdapterReport | null>>): string {
  return JSON.stringify([
    navigator.userAgent,
    navigator.hardwareConcurrency ?? 0,
    globalThis.crossOriginIsolated === true,
    adapters.webgpu?.name ?? null,
    adapters.webgl?.name ?? null,
  ]);
}

class Deadline extends Error {}
class PieceDone extends Error {}

/** One sampling round and one update step of the job's first sampling method, from `base`'s weights. */
async function piece(base: Gpt, job: RaceJob, deadline: number): Promise<void> {
  const e = job.config.experiment;
  const method = e.methods.find((m) => m !== 'sft') ?? 'nft';
  const optimizer = {
    lr: e.lr,
    warmupSteps: e.warmupSteps,
    weightDecay: e.weightDecay,
    clipNorm: e.clipNorm,
  };
  const settings = {
    method,
    loss: resolveOptions(method, e.loss, { shared: true }),
    // Every group trains (no filter): the update step always has the preset's mini-batch of work.
    rollout: { ...e.rollout, filter: false, maxRounds: 1 },
    mu: e.mu,
    optimizer,
  };
  const arm = new Arm(
    'race',
    await base.clone(),
    settings,
    createQuestionStream(job.config.mix, e.seed),
    e.seed,
  );
  const check = () => {
    if (performance.now() > deadline) throw new Deadline();
  };
  const pacer: Pacer = {
    at: async (p) => {
      check();
      if (p.phase === 'updating' && p.step > 1) throw new PieceDone();
      return 0;
    },
    token: () => {
      check();
      return 0;
    },
  };
  try {
    await arm.step(0, undefined, pacer);
  } catch (err) {
    if (!(err instanceof PieceDone)) throw err;
  }
  try {
    // The update's kernels may still be queued on a GPU: reading a weight waits for them.
    const [first] = arm.model.params.values();
    await first.data();
  } finally {
    arm.dispose();
  }
}

/** Times the job on the backend tfjs runs now: a warm-up, then the timed run, all within `limitMs`. */
export async function timeJob(job: RaceJob, limitMs: number): Promise<Measured> {
  const t0 = performance.now();
  const deadline = t0 + limitMs;
  let base: Gpt | null = null;
  try {
    base = (await loadCheckpointFromUrl(job.modelUrl)).model;
    await piece(base, job, deadline);
    const t1 = performance.now();
    await piece(base, job, deadline);
    const t2 = performance.now();
    return { ms: t2 - t1, stopped: false, ranMs: t2 - t0 };
  } catch (e) {
    const ranMs = performance.now() - t0;
    if (e instanceof Deadline) return { ms: null, stopped: true, ranMs };
    return { ms: null, stopped: false, ranMs, error: errorText(e) };
  } finally {
    base?.dispose();
  }
}

/** Makes `name` tfjs's backend (already started once by the race): true when it runs. */
export async function switchTo(name: BackendName): Promise<boolean> {
  if (name === 'webgpu') tf.env().set('WEBGPU_CPU_FORWARD', false);
  const ok = await tf.setBackend(name);
  await tf.ready();
  return ok && tf.getBackend() === name;
}
