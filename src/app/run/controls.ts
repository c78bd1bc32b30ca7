/**
 * Calls that only forward to the current worker, beside the run's lifecycle (session.ts re-exports them):
 * play / pause / step of the current run, labelling samples, fault drills and the teaching views' numbers.
 */
import type {
  ExplainRequest,
  FaultKind,
  GroupExplanation,
  LabelBatch,
  LabelSampleRequest,
} from '../../worker/protocol';
import { current, engineClient, engineReady, guard } from './engineLink';
import { useRunStore } from './runStore';

/** Samples a labelling batch from the base model in the current worker (beside any run). */
export async function sampleLabels(request: LabelSampleRequest): Promise<LabelBatch> {
  const client = engineClient();
  if (!client || !(await engineReady()) || client !== engineClient()) {
    throw new Error('the engine is not ready yet');
  }
  return client.api.sampleLabels(request);
}

export function play(): void {
  const c = current();
  if (c) void guard(c.client, c.client.api.play(c.runId));
}

/** Shows 'pausing' at once (the worker stops at its next sub-unit and then says 'paused'). */
export function pause(): void {
  const c = current();
  if (!c) return;
  const { phase } = useRunStore.getState();
  if (phase === 'running' || phase === 'stepping') useRunStore.setState({ phase: 'pausing' });
  void guard(c.client, c.client.api.pause(c.runId));
}

/** Shows 'stepping' at once; the worker's statuses follow. */
export function step(): void {
  const c = current();
  if (!c) return;
  useRunStore.setState({ phase: 'stepping' });
  void guard(c.client, c.client.api.step(c.runId));
}

/** Diagnostics (?debug=faults): lose the GPU device or crash the worker, to see the run go on. */
export function simulateFault(kind: FaultKind): void {
  const client = engineClient();
  if (client) void guard(client, client.api.simulateFault(kind));
}

/**
 * The teaching views' per-token numbers for one question of an arm's latest rollout (src/app/explain),
 * under the arm's current weights; null when no run is ready. Not a run error when it fails.
 */
export function explainGroup(request: ExplainRequest): Promise<GroupExplanation> | null {
  const c = current();
  return c ? c.client.api.explainGroup(c.runId, request) : null;
}
