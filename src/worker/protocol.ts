/**
 * The typed contract between the page and the engine worker (engine.worker.ts), used through comlink.
 *
 * This module holds types and plain constants only: the page imports it, so it must never import
 * tfjs or the engine at run time (that would pull model code onto the main thread); type-only imports
 * are erased by the compiler and are fine.
 */
import type { GradientStudy, MethodGradients } from '../engine/analysis/methodGradients';
import { BACKEND_ORDER, type BackendName } from '../engine/backendNames';
import type { GroupExplanation } from '../engine/explain/tokenFigures';
import type { LabelBatch } from '../engine/labels/record';
import type { LabelSampleOptions } from '../engine/labels/sample';
import type { LossOptions, Method } from '../engine/losses/options';
import type { TaskMix } from '../engine/tasks';
import type { ErrorKind } from '../engine/tasks/verify';
import type { IterationMetrics } from '../engine/train/arm';
import type { EvalPoint, ExperimentSettings } from '../engine/train/experiment';
import type { LabelSettings } from '../engine/train/labelers';
import type { Progress } from '../engine/train/pace';
import type { ExperimentSnapshot } from '../engine/train/snapshot';

export type {
  EvalPoint,
  ExperimentSnapshot,
  GradientStudy,
  IterationMetrics,
  LabelBatch,
  MethodGradients,
  Progress,
};

export { BACKEND_ORDER, type BackendName };

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
  /** How backend=auto chose (absent for a forced backend). */
  choice?: BackendChoice;
  /** WebAssembly's threads once wasm runs (1 when single-threaded), and why it is single-threaded. */
  wasm?: { threads: number; single?: string };
}

/**
 * The race's figures for one backend (worker/raceOrder.ts): `ms` is the timed run of one sampling round
 * and one update step at the run's shapes (null: it did not finish: `stopped` at `limitMs`, or `error`);
 * `software` names a software renderer.
 */
export interface RaceFigure {
  name: BackendName;
  software?: string;
  ms: number | null;
  stopped: boolean;
  ranMs: number;
  limitMs: number | null;
  error?: string;
  /** Not timed: a software renderer beside a CPU backend (worker/raceOrder.ts); "Measure again" times it. */
  skipped?: boolean;
}

/** How backend=auto chose: measured now, taken from an earlier measurement, or the first that started. */
export interface BackendChoice {
  how: 'measured' | 'cached' | 'first';
  /** This browser and its adapters (worker/backendRace.ts choiceKey): a cached choice is for this key. */
  key: string;
  figures: RaceFigure[];
  /** The adapters' names per backend, when known, and whether each is a software renderer. */
  adapters: Partial<Record<BackendName, { name: string; software: boolean }>>;
  /** Wall time of the whole race (0 when none ran). */
  raceMs: number;
  /** When it was measured (ISO time). */
  measuredAt: string;
}

/** The work backend=auto times on each backend: the run's own shapes, from the base model at `modelUrl`. */
export interface RaceJob {
  modelUrl: string;
  config: RunConfig;
}

/** backend=auto's inputs: what to time, and an earlier choice to reuse when its key still matches. */
export interface AutoOptions {
  race?: RaceJob;
  cached?: BackendChoice & { backend: BackendName };
  /** Time software renderers too ("Measure again"; at first they are named, not timed). */
  timeSoftware?: boolean;
  /** Try tfjs's threaded WebAssembly with this many threads (also for a forced wasm); absent: one thread. */
  wasmThreads?: number;
}

export interface LoadedModel {
  url: string;
  /** Task levels of the checkpoint's training mix, with their weights. */
  mix: Array<{ level: string; weight: number }>;
}

/** Result of a few gold-SFT steps on a copy of the model (engine/train/trainCheck.ts). */
export interface TrainCheckResult {
  backend: string;
  losses: number[];
  msPerStep: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

/** The API the worker exposes. Every method rejects with an Error whose message is meant for the user. */
export interface EngineApi {
  /**
   * Picks a backend: the forced one only; or (auto) the one a cached measurement for this browser chose,
   * else the fastest in a race of `auto.race` (worker/raceOrder.ts), else the first of BACKEND_ORDER
   * that starts.
   */
  init(forceBackend?: BackendName, options?: AutoOptions): Promise<InitResult>;
  /** Loads a checkpoint (model.json URL) into the worker; replaces any loaded model. */
  loadModel(url: string): Promise<LoadedModel>;
  /** Trains a copy of the loaded model for a few steps on this backend (the model itself is unchanged). */
  checkTraining(steps: number): Promise<TrainCheckResult>;
  /**
   * The teaching views' per-token numbers for one question of an arm's latest rollout (the page sends
   * it back as it shows it): one forward pass under the arm's current weights, then pi_old, pi_theta,
   * R and each method's per-token gradient weight (engine/explain). Rejects when `runId` is not the run.
   */
  explainGroup(runId: number, request: ExplainRequest): Promise<GroupExplanation>;
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
  /**
   * Stops and frees any run, then rebuilds one under `runId` exactly where `snapshot` was taken (by
   * this worker or an earlier one, on any backend): the page's way to go on after a crash. Paused after.
   * `gradients`, `labels`: the run's gradient study and label settings (not part of the snapshot, which
   * holds the engine's settings); the labeler is rebuilt from `labels` and the snapshot's seed.
   */
  restore(
    runId: number,
    snapshot: ExperimentSnapshot,
    gradients?: RunConfig['gradients'],
    labels?: RunConfig['labels'],
  ): Promise<ArmInfo[]>;
  /**
   * Samples a labelling batch, verified answer by answer (engine/labels/sample.ts), from the loaded base
   * model (the weights every arm starts from) or, with `from`, from an arm of the current run as its
   * weights are at that moment (a frozen copy). Runs beside a run without touching it.
   */
  sampleLabels(request: LabelSampleRequest): Promise<LabelBatch>;
  /**
   * Diagnostics (the page's ?debug=faults panel and the e2e tests): 'device-lost' destroys the WebGPU
   * device under tfjs (rejects on other backends); 'crash' throws an uncaught error in the worker.
   */
  simulateFault(kind: FaultKind): Promise<void>;
}

export type FaultKind = 'device-lost' | 'crash';

/**
 * What to sample for labelling: `batch` numbers the run's batches (the seed derives from it and
 * `runSeed`); `from`: an arm of run `runId` instead of the base model. The worker names the model
 * ('base', 'nft @ iteration 3') and stamps the batch id and time.
 */
export type LabelSampleRequest = Omit<LabelSampleOptions, 'model' | 'id' | 'createdAt'> & {
  from?: { runId: number; arm: string };
};

/**
 * An experiment for the worker: the engine's settings and the task mix of rollouts and evaluation.
 * `experiment.labelled` carries a person's labelled batch when some arms train on it ("Train on my
 * labels"); it is part of every snapshot's settings, so a restored run rebuilds those arms.
 */
export interface RunConfig {
  experiment: ExperimentSettings;
  mix: TaskMix;
  /**
   * At every evaluation, compare the methods' gradients over this many rollouts sampled from the first
   * arm's weights (engine/analysis/runStudy.ts); absent or 0: no study. Its seed is derived from the
   * run's seed and the iteration, so the CLI's `gradients` reproduces it.
   */
  gradients?: { rollouts: number };
  /**
   * Marks other than the exact verifier's (label noise, a biased verifier: engine/train/labelers.ts);
   * absent: the verifier's. Seeded by the run's seed, so a restored run rebuilds the same labeler.
   */
  labels?: LabelSettings;
}

/** One arm as the worker built it: its name (e.g. 'nft') and its resolved loss options. */
export interface ArmInfo {
  name: string;
  method: Method;
  loss: LossOptions;
  /** Iteration 0 when the run starts with the base model's shipped evaluation (engine/train/baseEval.ts). */
  baseEval?: EvalPoint;
}

export type RunStatus = 'idle' | 'running' | 'paused' | 'done';

/** The end-of-answer token among an answer's tokens: shown, as stopping is a choice with a probability. */
export const EOS_MARK = '⏎';

/** One sampled answer as the page shows it (plain data: it crosses the worker boundary). */
export interface AnswerView {
  /** The decoded answer, EOS excluded. */
  text: string;
  /** One entry per generated token, EOS included as EOS_MARK when the model produced it. */
  tokens: string[];
  /** Probability the model gave each token of `tokens` (temperature 1), in (0, 1]. */
  probs: number[];
  /** The mark training used (the verifier's, unless a labeler replaced it). */
  correct: boolean;
  /** The verifier's verdict, and how a wrong answer is wrong ('right', 'wrong: step 2', ...). */
  verified: boolean;
  error: ErrorKind;
  verdict: string;
}

/** One question of a rollout with its K answers. */
export interface GroupView {
  prompt: string;
  /** The gold answer (the worked solution for chains). */
  gold: string;
  level: string;
  /** Share of the K answers marked right. */
  rHat: number;
  /** Trained on; false = dropped by the filter (all right or all wrong). */
  kept: boolean;
  /** Sampled in the first round (later rounds only refill the kept groups, so only kept ones show). */
  firstRound: boolean;
  answers: AnswerView[];
}

/** An arm's rollout as the page shows it: every group of the first round, then later rounds' kept ones. */
export interface RolloutView {
  /** The iteration that trained on it, counted as the page counts (1 = the first). */
  iteration: number;
  /** Answers per question. */
  K: number;
  /** Questions drawn over all rounds, and how many of them the filter dropped. */
  drawn: number;
  rounds: number;
  droppedAllRight: number;
  droppedAllWrong: number;
  groups: GroupView[];
}

/** Every event carries the run id it belongs to: the page drops events of a run it has left. */
export type RunEvent =
  | { runId: number; type: 'iteration'; arm: string; metrics: IterationMetrics }
  | { runId: number; type: 'eval'; arm: string; point: EvalPoint }
  | { runId: number; type: 'rollout'; arm: string; rollout: RolloutView }
  | { runId: number; type: 'status'; status: RunStatus; completed: number }
  /**
   * Before each sub-unit of a unit of work (a sampling round, an update step, a chunk of an evaluation):
   * which arm, which iteration (as the page counts: 1 = the first; 0 = the base evaluation), how far.
   */
  | { runId: number; type: 'progress'; arm: string; iteration: number; progress: Progress }
  /** After an evaluation of the first arm, inside its unit of work, when the run asks for it. */
  | { runId: number; type: 'gradients'; report: GradientReport }
  /** After every unit of work, once its other events are sent: everything needed to go on from here. */
  | { runId: number; type: 'snapshot'; snapshot: ExperimentSnapshot }
  | { runId: number; type: 'error'; message: string };

export type RunListener = (event: RunEvent) => void;

/** The gradient study of one evaluation (plain data). */
export interface GradientReport {
  /** The evaluation's iteration (0 = the shared base weights). */
  iteration: number;
  /** The arm whose weights the rollouts were sampled from and the gradients taken at (the first arm). */
  weightsOf: string;
  /** Rollouts asked for (the study may count fewer: rollouts with no mixed question are skipped). */
  requested: number;
  /** Null when the study could not be made (e.g. no rollout had a question with mixed answers). */
  study: GradientStudy | null;
  /** Why there is no study. */
  problem?: string;
  /** Wall time of the study in the worker. */
  ms: number;
}

/** One question of an arm's latest rollout, as the page holds it (explainGroup). */
export interface ExplainRequest {
  arm: string;
  prompt: string;
  /** Each answer's tokens as the rollout view shows them (EOS as EOS_MARK), their probabilities, its mark. */
  answers: Array<{ tokens: string[]; probs: number[]; correct: boolean }>;
}

export type { GroupExplanation };
