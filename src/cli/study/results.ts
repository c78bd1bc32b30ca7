/**
 * One seed's result of a study configuration (result.json beside the experiment's metrics.json): one
 * row per method with its evaluations (greedy and sampled accuracy, pass@k, entropy), and the figure a
 * comparison reads from a row (metricAt). Written last, so its presence means the seed is done.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArmHistory } from '../../engine/train/experiment';
import type { StudyMetric } from '../../formats/study/plan';

export const RESULT_FORMAT = 'nft-playground-study-seed';

export interface EvalRow {
  iteration: number;
  /** Shares (0..1) of the held-out set; entropy in nats per token. */
  greedy: number;
  sampled: number;
  passAtK: number;
  entropy: number;
}

export interface MethodRow {
  method: string;
  evals: EvalRow[];
}

export interface SeedResult {
  format: typeof RESULT_FORMAT;
  version: 1;
  /** The configuration's settings as a link (seed 1) and its run key. */
  settings: string;
  runKey: string;
  seed: number;
  backend: string;
  seconds: number;
  rows: MethodRow[];
}

export function methodRows(arms: readonly ArmHistory[]): MethodRow[] {
  return arms.map((a) => ({
    method: a.name,
    evals: a.evals.map((e) => ({
      iteration: e.iteration,
      greedy: e.eval.greedy.accuracy,
      sampled: e.eval.sampled.accuracy,
      passAtK: e.eval.passAtK,
      entropy: e.eval.entropy,
    })),
  }));
}

export const resultPath = (dir: string): string => join(dir, 'result.json');

export async function writeResult(dir: string, r: SeedResult): Promise<void> {
  await writeFile(resultPath(dir), `${JSON.stringify(r, null, 1)}\n`);
}

/** The seed's result, or undefined when it has not been run (or was cut off before its end). */
export async function readResult(dir: string): Promise<SeedResult | undefined> {
  let text: string;
  try {
    text = await readFile(resultPath(dir), 'utf8');
  } catch {
    return undefined;
  }
  const r = JSON.parse(text) as SeedResult;
  if (r.format !== RESULT_FORMAT || !Array.isArray(r.rows))
    throw new Error(`${resultPath(dir)} is not a study seed result`);
  return r;
}

/**
 * A method's figure at an evaluation (`'final'`: its last): accuracies in points (100 × the share),
 * entropy in nats, entropyChange = entropy there minus at iteration 0. Undefined when not evaluated.
 */
export function metricAt(
  row: MethodRow,
  metric: StudyMetric,
  iteration: number | 'final',
): number | undefined {
  const e = iteration === 'final' ? row.evals.at(-1) : row.evals.find((x) => x.iteration === iteration);
  if (!e) return undefined;
  switch (metric) {
    case 'greedy':
    case 'sampled':
    case 'passAtK':
      return 100 * e[metric];
    case 'entropy':
      return e.entropy;
    case 'entropyChange': {
      const first = row.evals.find((x) => x.iteration === 0);
      return first ? e.entropy - first.entropy : undefined;
    }
  }
}
