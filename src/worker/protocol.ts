/**
 * The typed contract between the page and the engine worker (engine.worker.ts), used through comlink.
 *
 * This module holds types and plain constants only: the page imports it, so it must never import
 * tfjs or the engine at run time (that would pull model code onto the main thread); type-only imports
 * are erased by the compiler and are fine.
 */
import type { ErrorKind, Question } from '../engine/tasks';

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

export interface GenerateOneRequest {
  /** Seeds both the question draw and the sampling. */
  seed: number;
  temperature: number;
  maxNewTokens?: number;
}

export interface GeneratedAnswer {
  question: Question;
  /** The model's answer text (without the prompt). */
  text: string;
  truncated: boolean;
  /** Probability of each sampled token. */
  tokenProbs: number[];
  correct: boolean;
  /** The verifier's error kind ('none' when right). */
  error: ErrorKind;
  /** A human-readable verdict from the engine. */
  verdict: string;
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
  /** Draws one question from the loaded model's task mix and samples one answer. */
  generateOne(request: GenerateOneRequest): Promise<GeneratedAnswer>;
  /** Trains a copy of the loaded model for a few steps on this backend (the model itself is unchanged). */
  checkTraining(steps: number): Promise<TrainCheckResult>;
}
