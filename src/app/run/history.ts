/**
 * The page's record of a run, folded from the worker's events. Pure: events of another run id are
 * dropped, so nothing of an old run shows after a reset or a settings change.
 */
import type { ArmSeries } from '../../formats/sessionFile/schema';
import type {
  ArmInfo,
  ExperimentSnapshot,
  GradientReport,
  RolloutView,
  RunEvent,
} from '../../worker/protocol';
import { nameFailure } from '../recovery/failureName';

// Defined with the session file's schema, which checks it (formats/): the page and the CLI share it.
export type { ArmSeries };

/**
 * 'pausing' and 'stepping' are the page's own, set the moment Pause or Step is pressed, until the worker
 * says where the run is (its next status event).
 */
export type RunPhase =
  | 'starting'
  | 'preparing'
  | 'idle'
  | 'running'
  | 'pausing'
  | 'stepping'
  | 'paused'
  | 'done'
  | 'error';

export interface RunRecord {
  runId: number;
  phase: RunPhase;
  /** Iterations completed by every arm. */
  completed: number;
  arms: ArmSeries[];
  /** Each arm's latest rollout only (a rollout is large, and the page shows the latest), by arm name. */
  rollouts: Record<string, RolloutView>;
  /** The gradient studies of the run, one per evaluation iteration, in order (when the run asks for them). */
  gradients: GradientReport[];
  error: string | null;
}

export function emptyRun(runId: number, phase: RunPhase): RunRecord {
  return { runId, phase, completed: 0, arms: [], rollouts: {}, gradients: [], error: null };
}

export function withArms(r: RunRecord, arms: ArmInfo[]): RunRecord {
  return {
    ...r,
    arms: arms.map(({ baseEval, ...a }) => ({ ...a, iterations: [], evals: baseEval ? [baseEval] : [] })),
  };
}

/**
 * The record of a run that goes on from `snapshot` under a new id (after a crash, on another
 * backend): its arms' histories are the snapshot's, which hold every point that was plotted.
 */
export function resumedRun(prev: RunRecord, runId: number, snapshot: ExperimentSnapshot): RunRecord {
  const arms = snapshot.arms.map((a) => ({
    name: a.history.name,
    method: a.history.method,
    loss: a.history.loss,
    iterations: [...a.history.iterations],
    evals: [...a.history.evals],
  }));
  const completed = arms.length ? Math.min(...arms.map((a) => a.iterations.length)) : 0;
  // Studies are not in the snapshot; keep those of evaluations it holds (each came in its evaluation's unit).
  const studied = arms[0]?.evals.at(-1)?.iteration ?? -1;
  const gradients = prev.gradients.filter((g) => g.iteration <= studied);
  return { ...prev, runId, phase: 'preparing', error: null, arms, completed, gradients };
}

/** `list` with `report` in iteration order; a second report for an iteration replaces the first. */
export function withGradients(list: readonly GradientReport[], report: GradientReport): GradientReport[] {
  return [...list.filter((g) => g.iteration !== report.iteration), report].sort(
    (a, b) => a.iteration - b.iteration,
  );
}

function updateArm(r: RunRecord, name: string, f: (a: ArmSeries) => ArmSeries): RunRecord {
  return { ...r, arms: r.arms.map((a) => (a.name === name ? f(a) : a)) };
}

export function applyEvents(r: RunRecord, events: readonly RunEvent[]): RunRecord {
  let out = r;
  for (const e of events) {
    if (e.runId !== out.runId || out.phase === 'error') continue;
    switch (e.type) {
      case 'iteration':
        out = updateArm(out, e.arm, (a) => ({ ...a, iterations: [...a.iterations, e.metrics] }));
        out = { ...out, completed: Math.min(...out.arms.map((a) => a.iterations.length)) };
        break;
      case 'eval':
        out = updateArm(out, e.arm, (a) => ({ ...a, evals: [...a.evals, e.point] }));
        break;
      case 'rollout':
        out = { ...out, rollouts: { ...out.rollouts, [e.arm]: e.rollout } };
        break;
      case 'gradients':
        out = { ...out, gradients: withGradients(out.gradients, e.report) };
        break;
      case 'status':
        out = { ...out, phase: e.status, completed: e.completed };
        break;
      case 'error':
        out = { ...out, phase: 'error', error: nameFailure(e.message) };
        break;
    }
  }
  return out;
}
