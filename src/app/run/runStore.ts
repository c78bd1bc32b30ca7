/** The run as the page shows it: phase, arms' histories, backend and errors (zustand). */
import { create } from 'zustand';
import type { InitResult, Progress, TrainCheckResult } from '../../worker/protocol';
import { emptyRun, type RunRecord } from './history';

export interface RunState extends RunRecord {
  init: InitResult | null;
  trainCheck: TrainCheckResult | null;
  /** Iterations completed in the run's latest snapshot: where it can go on after a crash (null: none). */
  resumeFrom: number | null;
  /** Where the unit of work in progress (or paused inside) has got: the worker's latest progress event. */
  progress: RunProgress | null;
}

export interface RunProgress {
  arm: string;
  /** As the page counts: 1 = the first iteration; 0 = the base evaluation. */
  iteration: number;
  progress: Progress;
}

export const useRunStore = create<RunState>()(() => ({
  ...emptyRun(0, 'starting'),
  init: null,
  trainCheck: null,
  resumeFrom: null,
  progress: null,
}));

/** Shows an error; the run stops being driven until the next settings change or reset. */
export function failRun(message: string): void {
  useRunStore.setState({ phase: 'error', error: message });
}
