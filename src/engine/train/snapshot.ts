/**
 * An experiment's whole state after a unit of work, as plain data: every arm's weights, AdamW moments
 * and step, how far its question stream has been read, and its history. A run that stops (a lost GPU
 * device, a crashed worker) goes on from its last snapshot, on the same or another backend, and what
 * the page had plotted stays true: the snapshot's histories are exactly what was reported.
 * Sampling needs no state: its seed is a function of (seed, iteration, round) (rollout.ts).
 * A run with arms on labelled answers keeps its labelled batch in `settings.labelled`, so it is rebuilt
 * from the snapshot alone.
 */
import type { TaskMix } from '../tasks';
import { diverged } from './divergence';
import type { ArmHistory, ExperimentSettings } from './experiment';
import type { AdamWState } from './optimizer';

export const SNAPSHOT_FORMAT = 'nft-playground-experiment';
export const SNAPSHOT_VERSION = 1;

export interface ArmSnapshot {
  name: string;
  params: Record<string, Float32Array>;
  optimizer: AdamWState;
  /** Questions drawn from the arm's stream (QuestionStream.position). */
  questions: number;
  /** Answers trained on, and update + sampling time so far (the x axes of the charts). */
  seen: number;
  ms: number;
  history: ArmHistory;
}

export interface ExperimentSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  settings: ExperimentSettings;
  mix: TaskMix;
  baseEvaluated: boolean;
  arms: ArmSnapshot[];
}

/** Throws a readable Error when `s` cannot be a snapshot of an experiment with these arm names. */
export function checkSnapshot(s: ExperimentSnapshot, armNames: readonly string[]): void {
  if (s?.format !== SNAPSHOT_FORMAT || s.version !== SNAPSHOT_VERSION) {
    throw new Error(`not an experiment snapshot of version ${SNAPSHOT_VERSION}`);
  }
  const names = s.arms.map((a) => a.name);
  if (names.join() !== armNames.join()) {
    throw new Error(`snapshot arms (${names.join(', ')}) differ from the settings' (${armNames.join(', ')})`);
  }
  for (const a of s.arms) {
    if (!Number.isInteger(a.questions) || a.questions < 0) {
      throw new Error(`snapshot arm ${a.name}: bad question count ${a.questions}`);
    }
    if (!Array.isArray(a.history?.iterations) || !Array.isArray(a.history?.evals)) {
      throw new Error(`snapshot arm ${a.name}: no history`);
    }
    if (!diverged(a.history)) checkFiniteWeights(a); // a diverged arm's weights are NaN: it trains no more
  }
}

/** A weight that is NaN or infinite would train and evaluate to nonsense without a word: refused. */
function checkFiniteWeights(a: ArmSnapshot): void {
  if (typeof a.params !== 'object' || a.params === null)
    throw new Error(`snapshot arm ${a.name}: no weights`);
  for (const [name, values] of Object.entries(a.params)) {
    if (!(values instanceof Float32Array)) continue; // assignValues names a missing or wrong one
    for (let i = 0; i < values.length; i++)
      if (!Number.isFinite(values[i]))
        throw new Error(`snapshot arm ${a.name}: weight ${name}[${i}] is ${values[i]}, not a finite number`);
  }
}
