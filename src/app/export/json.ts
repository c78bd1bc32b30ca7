/**
 * The run as a versioned JSON document: the settings that reproduce it (also as a link hash), the
 * backend it ran on and every arm's full history (iteration metrics and evaluations, per level and
 * per question). A reader checks `format` and `version`; a change of shape bumps the version.
 * JSON has no NaN or Infinity: such a value (a diverged loss) is written as null.
 */
import type { LossOptions, Method } from '../../engine/losses/options';
import { formatHash } from '../../formats/settings/hash';
import type { Settings } from '../../formats/settings/table';
import type { EvalPoint, IterationMetrics } from '../../worker/protocol';
import type { RunRecord } from '../run/history';

export const METRICS_FORMAT = 'nft-playground-metrics';
export const METRICS_VERSION = 1;

export interface MetricsDocument {
  format: typeof METRICS_FORMAT;
  version: typeof METRICS_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings: Settings;
  /** The page's link hash for these settings (#preset=…&methods=…). */
  hash: string;
  /** The tfjs backend the run trained on; null before the worker reported one. */
  backend: string | null;
  /** Iterations completed by every arm. */
  completed: number;
  arms: Array<{
    name: string;
    method: Method;
    loss: LossOptions;
    iterations: IterationMetrics[];
    evals: EvalPoint[];
  }>;
}

export interface ExportMeta {
  exportedAt: Date;
  backend: string | null;
}

export function metricsDocument(
  run: Pick<RunRecord, 'arms' | 'completed'>,
  settings: Settings,
  meta: ExportMeta,
): MetricsDocument {
  return {
    format: METRICS_FORMAT,
    version: METRICS_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    settings,
    hash: formatHash(settings),
    backend: meta.backend,
    completed: run.completed,
    arms: run.arms.map((a) => ({
      name: a.name,
      method: a.method,
      loss: a.loss,
      iterations: a.iterations,
      evals: a.evals,
    })),
  };
}

export function metricsJson(
  run: Pick<RunRecord, 'arms' | 'completed'>,
  settings: Settings,
  meta: ExportMeta,
): string {
  return `${JSON.stringify(metricsDocument(run, settings, meta), null, 2)}\n`;
}
