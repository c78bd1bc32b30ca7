/**
 * The typed contract between the page and the engine worker (engine.worker.ts), used through comlink.
 *
 * This module holds types and plain constants only: the page imports it, so it must never import
 * tfjs or the engine at run time (that would pull model code onto the main thread); type-only imports
 * are erased by the compiler and are fine.
 */
import type { LossOptions, Method } from '../engine/losses/options';
import type { TaskMix } from '../engine/tasks';
import type { IterationMetrics } from '../engine/train/arm';
import type { EvalPoint, ExperimentSettings } from '../engine/train/experiment';

export type { EvalPoint, IterationMetrics };

export const BACKEND_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

export type BackendName = (typeof BACKEND_ORDER)[number];

export function isBackendName(value: string): value is BackendName {
  return (BACKEND_ORDER as readonly string[]).includes(value);
}

/** What happened when the worker tried (or skipped) one backend. */
export interface BackendAttempt {
  name: BackendName;
  ok: boolean;
  /** Why it did not run (or 'running' for the chosen one). */
  reason: string;
}

export interface InitResult {
  /** The backend tfjs runs on, checked with tf.getBackend(). */
  backend: BackendName;
  /** One entry per backend in BACKEND_ORDER. */
  attempts: BackendAttempt[];
}

export interface LoadedModel {
  url: string;
  /** Task levels of the checkpoint's training mix, with their weights. */
  mix: Array<{ level: string; weight: number }>;
}

/** Result of a few gold-SFT steps on a copy of the model (engine/train/check.ts). */
export interface TrainCheckResult {
  backend: string;
  losses: number[];
  msPerStep: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

/** The API the worker exposes. Every method rejects with an Error whose message is meant for the user. */
export interface EngineApi {
  /** Picks a backend: the forced one only, or the first of BACKEND_ORDER that starts. */
  init(forceBackend?: BackendName): Promise<InitResult>;
  /** Loads a checkpoint (model.json URL) into the worker; replaces any loaded model. */
  loadModel(url: string): Promise<LoadedModel>;
  /** Trains a copy of the loaded model for a few steps on this backend (the model itself is unchanged). */
  checkTraining(steps: number): Promise<TrainCheckResult>;
  /** Where run events go (a Comlink.proxy of a page function); replaces any earlier listener. */
  setListener(listener: RunListener): void;
  /** Stops and frees any run, then builds a new one from the loaded base under `runId`. */
  configure(runId: number, config: RunConfig): Promise<ArmInfo[]>;
  /** Runs units of work until paused, reset or done; returns at once (progress comes as events). */
  play(runId: number): void;
  /** Stops after the unit of work in progress; resolves once it has stopped. */
  pause(runId: number): Promise<void>;
  /** Pauses, then runs one full iteration of every arm (after the base evaluation, if not done). */
  step(runId: number): Promise<void>;
  /** Stops and frees the run, then rebuilds it from the same settings under a new id. */
  reset(runId: number): Promise<ArmInfo[]>;
}

/** An experiment for the worker: the engine's settings and the task mix of rollouts and evaluation. */
export interface RunConfig {
  experiment: ExperimentSettings;
  mix: TaskMix;
}

/** One arm as the worker built it: its name (e.g. 'nft') and its resolved loss options. */
export interface ArmInfo {
  name: string;
  method: Method;
  loss: LossOptions;
}

export type RunStatus = 'idle' | 'running' | 'paused' | 'done';

/** Every event carries the run id it belongs to: the page drops events of a run it has left. */
export type RunEvent =
  | { runId: number; type: 'iteration'; arm: string; metrics: IterationMetrics }
  | { runId: number; type: 'eval'; arm: string; point: EvalPoint }
  | { runId: number; type: 'status'; status: RunStatus; completed: number }
  | { runId: number; type: 'error'; message: string };

export type RunListener = (event: RunEvent) => void;
